package io.github.vncustoms.core.secret;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.secret.Bytes;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import javax.security.auth.Destroyable;

/**
 * A password, key or other secret value that must never reach a log, a {@code toString()} or an
 * exception message (CAM-15, VAL-21).
 *
 * <p>The value is held as bytes; text secrets are UTF-8 encoded exactly as given (no normalisation).
 * It leaves this object only on request, always as a fresh copy: {@link #revealBytes()} and
 * {@link #revealChars()} hand the copy to the caller, who should zero it after use, while
 * {@link #withBytes} and {@link #withChars} lend it to a callback and zero it afterwards.
 * {@link #destroy()} zeroes the held value; every later attempt to reveal it throws.
 *
 * <pre>{@code
 * Secret password = Secret.of(console.readPassword());
 * String header = password.withChars(chars -> basicAuth(user, chars));
 * password.destroy();
 * }</pre>
 *
 * <p>{@link #toString()} always returns {@code Secret[***]}. {@code equals} is identity, so that a
 * secret's value never decides a hash bucket; compare values with {@link #contentEquals}, which
 * runs in time independent of where the values differ.
 *
 * <p>Thread-safe: revealing and destroying synchronise on the secret, so a concurrent
 * {@code destroy()} either happens before a reveal (which then throws) or after the copy is made.
 * Java cannot guarantee that no other copy of the value exists in memory (the JIT, the garbage
 * collector and the caller's own arrays may hold some); zeroing limits, it does not eliminate.
 */
public final class Secret implements Destroyable {
    private final Object lock = new Object();
    /** The value; {@code null} once destroyed. Guarded by {@link #lock}. */
    private byte[] value;

    private Secret(byte[] value) {
        this.value = value;
    }

    /**
     * Creates a secret from characters, e.g. a password read with {@code Console.readPassword()}.
     * The characters are copied (as UTF-8); the caller may zero its array afterwards.
     *
     * @param chars the secret text
     * @return the secret
     * @throws ValidationException if the characters are not well-formed UTF-16 (a lone surrogate)
     */
    public static Secret of(char[] chars) {
        Objects.requireNonNull(chars, "chars");
        return new Secret(Bytes.utf8(chars));
    }

    /**
     * Creates a secret from bytes, e.g. a key. The bytes are copied; the caller may zero its array
     * afterwards.
     *
     * @param bytes the secret bytes
     * @return the secret
     */
    public static Secret of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new Secret(bytes.clone());
    }

    /**
     * Takes ownership of an array without copying it; the SDK's own code uses it for arrays it
     * created and nobody else holds.
     *
     * @param bytes an array no one else holds
     * @return the secret
     */
    static Secret adopt(byte[] bytes) {
        return new Secret(Objects.requireNonNull(bytes, "bytes"));
    }

    /**
     * Returns a copy of the value as bytes. The caller owns the copy and should zero it after use
     * ({@code Arrays.fill(bytes, (byte) 0)}).
     *
     * @return a fresh copy of the value
     * @throws InvalidStateException if the secret was destroyed
     */
    public byte[] revealBytes() {
        synchronized (lock) {
            return live().clone();
        }
    }

    /**
     * Returns a copy of the value as characters, decoding UTF-8. The caller owns the copy and should
     * zero it after use ({@code Arrays.fill(chars, '\0')}).
     *
     * @return a fresh copy of the value
     * @throws InvalidStateException if the secret was destroyed
     * @throws ValidationException if the value is not UTF-8 text (e.g. a binary key)
     */
    public char[] revealChars() {
        byte[] bytes = revealBytes();
        try {
            return Bytes.chars(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Lends a copy of the value to a callback and zeroes the copy when the callback returns or
     * throws. The callback must not keep a reference to the array.
     *
     * @param use what to do with the value
     * @param <R> the callback's result
     * @return what the callback returned
     * @throws InvalidStateException if the secret was destroyed
     */
    public <R> R withBytes(Function<? super byte[], ? extends R> use) {
        Objects.requireNonNull(use, "use");
        byte[] bytes = revealBytes();
        try {
            return use.apply(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Lends a copy of the value, decoded from UTF-8, to a callback and zeroes the copy when the
     * callback returns or throws. The callback must not keep a reference to the array.
     *
     * @param use what to do with the value
     * @param <R> the callback's result
     * @return what the callback returned
     * @throws InvalidStateException if the secret was destroyed
     * @throws ValidationException if the value is not UTF-8 text
     */
    public <R> R withChars(Function<? super char[], ? extends R> use) {
        Objects.requireNonNull(use, "use");
        char[] chars = revealChars();
        try {
            return use.apply(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /**
     * Tells whether two secrets hold the same value, in time that does not depend on where they
     * differ.
     *
     * @param other the other secret
     * @return {@code true} if both hold the same bytes
     * @throws InvalidStateException if either secret was destroyed
     */
    public boolean contentEquals(Secret other) {
        Objects.requireNonNull(other, "other");
        byte[] mine = revealBytes();
        byte[] theirs = other.revealBytes();
        try {
            return MessageDigest.isEqual(mine, theirs);
        } finally {
            Arrays.fill(mine, (byte) 0);
            Arrays.fill(theirs, (byte) 0);
        }
    }

    /**
     * Zeroes the held value. Later attempts to reveal it throw {@link InvalidStateException};
     * destroying twice is harmless.
     */
    @Override
    public void destroy() {
        synchronized (lock) {
            if (value != null) {
                Arrays.fill(value, (byte) 0);
                value = null;
            }
        }
    }

    /**
     * Tells whether {@link #destroy()} was called.
     *
     * @return {@code true} once destroyed
     */
    @Override
    public boolean isDestroyed() {
        synchronized (lock) {
            return value == null;
        }
    }

    private byte[] live() {
        if (value == null) {
            throw new InvalidStateException("Secret was destroyed: expected a secret that has not been destroyed");
        }
        return value;
    }

    /** Returns {@code Secret[***]}, whatever the value. */
    @Override
    public String toString() {
        return "Secret[***]";
    }
}
