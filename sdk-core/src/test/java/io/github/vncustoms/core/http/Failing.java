package io.github.vncustoms.core.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.TransportException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs a call that must fail with a {@link TransportException}, and hands the exception back. */
final class Failing {
    private Failing() {}

    static TransportException transport(ThrowingCallable call) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(call).isInstanceOf(TransportException.class).satisfies(t -> thrown[0] = t);
        return (TransportException) thrown[0];
    }
}
