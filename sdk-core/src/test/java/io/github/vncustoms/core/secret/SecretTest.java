package io.github.vncustoms.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Secret: the value leaves only as a copy or to a callback, never through toString; destroy zeroes it (CAM-15). */
final class SecretTest {

    @Test
    void toString_neverShowsTheValue() {
        Secret secret = Secret.of("Mật khẩu NVR 2026".toCharArray());
        assertThat(secret).hasToString("Secret[***]");
        assertThat(String.valueOf(secret)).doesNotContain("Mật khẩu");
    }

    @Test
    void revealChars_givesBackTheVietnameseTextExactly() {
        char[] typed = "Mật khẩu NVR 2026".toCharArray();
        Secret secret = Secret.of(typed);
        java.util.Arrays.fill(typed, '\0');
        assertThat(new String(secret.revealChars())).isEqualTo("Mật khẩu NVR 2026");
        assertThat(secret.revealBytes()).isEqualTo("Mật khẩu NVR 2026".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void revealBytes_returnsACopy_soChangingItLeavesTheSecretAlone() {
        Secret secret = Secret.of(new byte[] {1, 2, 3});
        byte[] copy = secret.revealBytes();
        copy[0] = 9;
        assertThat(secret.revealBytes()).containsExactly(1, 2, 3);
    }

    @Test
    void withBytes_lendsACopy_andZeroesItWhenTheCallbackReturns() {
        Secret secret = Secret.of(new byte[] {7, 7, 7});
        AtomicReference<byte[]> lent = new AtomicReference<>();
        int sum = secret.withBytes(b -> {
            lent.set(b);
            return b[0] + b[1] + b[2];
        });
        assertThat(sum).isEqualTo(21);
        assertThat(lent.get()).containsOnly(0);
        assertThat(secret.revealBytes()).containsExactly(7, 7, 7);
    }

    @Test
    void withChars_zeroesTheCopy_evenWhenTheCallbackThrows() {
        Secret secret = Secret.of("abc".toCharArray());
        AtomicReference<char[]> lent = new AtomicReference<>();
        assertThatThrownBy(() -> secret.withChars(c -> {
            lent.set(c);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(lent.get()).containsOnly('\0');
    }

    @Test
    void destroy_zeroesTheValue_andEveryLaterRevealThrows() {
        Secret secret = Secret.of("hunter2-hunter2".toCharArray());
        secret.destroy();
        secret.destroy();
        assertThat(secret.isDestroyed()).isTrue();
        assertThatThrownBy(secret::revealBytes).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("destroyed");
        assertThatThrownBy(secret::revealChars).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> secret.withBytes(b -> b)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void contentEquals_comparesValues_whileEqualsIsIdentity() {
        Secret a = Secret.of("same".toCharArray());
        Secret b = Secret.of("same".getBytes(StandardCharsets.UTF_8));
        assertThat(a.contentEquals(b)).isTrue();
        assertThat(a.contentEquals(Secret.of("other".toCharArray()))).isFalse();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void revealChars_ofABinaryKey_isAClearError() {
        Secret key = Secret.of(new byte[] {(byte) 0xff, (byte) 0xfe});
        assertThatThrownBy(key::revealChars).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not UTF-8 text").hasMessageContaining("revealBytes()");
    }

    @Test
    void aLoneSurrogate_isRefusedWhenTheSecretIsMade() {
        assertThatThrownBy(() -> Secret.of(new char[] {'a', '\uD800'})).isInstanceOf(ValidationException.class)
                .hasMessageContaining("lone surrogate");
    }
}
