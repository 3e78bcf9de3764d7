package io.github.vncustoms.core.internal.secret;

import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106, BouncyCastle) from a passphrase to a 32-byte master key. Stateless and
 * thread-safe: each call has its own generator.
 */
public final class Argon2Kdf {
    /** Bytes of the derived master key. */
    public static final int KEY_LENGTH = 32;

    private Argon2Kdf() {}

    /**
     * Derives the master key. The passphrase is NFC-normalised first, so a Vietnamese passphrase
     * typed with a composing input method (NFD) and a precomposed one (NFC) give the same key; only a
     * passphrase not already in NFC is copied into a transient {@code String} for that.
     *
     * @param passphrase the passphrase
     * @param salt the vault's random salt
     * @param memoryKiB Argon2 memory
     * @param iterations Argon2 passes
     * @param parallelism Argon2 lanes
     * @return the master key, a new array the caller must zero
     */
    public static byte[] derive(char[] passphrase, byte[] salt, int memoryKiB, int iterations, int parallelism) {
        byte[] password = Bytes.utf8(nfc(passphrase));
        Argon2Parameters.Builder params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(params.build());
            byte[] out = new byte[KEY_LENGTH];
            generator.generateBytes(password, out);
            return out;
        } finally {
            Bytes.zero(password);
            params.clear();
        }
    }

    private static char[] nfc(char[] passphrase) {
        CharBuffer chars = CharBuffer.wrap(passphrase);
        if (Normalizer.isNormalized(chars, Normalizer.Form.NFC)) {
            return passphrase;
        }
        char[] normalised = Normalizer.normalize(chars, Normalizer.Form.NFC).toCharArray();
        char[] copy = Arrays.copyOf(normalised, normalised.length);
        Arrays.fill(normalised, '\0');
        return copy;
    }
}
