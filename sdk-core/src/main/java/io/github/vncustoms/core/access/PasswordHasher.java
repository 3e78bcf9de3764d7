package io.github.vncustoms.core.access;

import io.github.vncustoms.core.error.ValidationException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes and verifies passwords with Argon2id (BouncyCastle) and a fresh random salt per hash.
 * Passwords arrive as {@code char[]} so callers can wipe them; the hasher wipes its own copies.
 *
 * <p>The default costs (64 MiB, 3 passes, 1 lane) follow the second recommended option of RFC 9106;
 * {@link #create(int, int, int)} takes lower ones for tests.
 * Immutable and thread-safe.
 */
public final class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    private PasswordHasher(int memoryKiB, int iterations, int parallelism) {
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /**
     * Returns a hasher with the default costs: 64 MiB, 3 passes, 1 lane.
     *
     * @return the hasher
     */
    public static PasswordHasher defaultHasher() {
        return new PasswordHasher(64 * 1024, 3, 1);
    }

    /**
     * Returns a hasher with chosen costs.
     *
     * @param memoryKiB memory in KiB, at least 1024 (tests) and 65536 or more in production
     * @param iterations passes, at least 1
     * @param parallelism lanes, 1 to 16
     * @return the hasher
     * @throws ValidationException if a cost is out of range
     */
    public static PasswordHasher create(int memoryKiB, int iterations, int parallelism) {
        if (memoryKiB < 1024 || iterations < 1 || parallelism < 1 || parallelism > 16) {
            throw new ValidationException("argon2", "Argon2id costs m=" + memoryKiB + " KiB, t=" + iterations + ", p="
                    + parallelism + " are out of range: expected m ≥ 1024 KiB, t ≥ 1, 1 ≤ p ≤ 16");
        }
        return new PasswordHasher(memoryKiB, iterations, parallelism);
    }

    /**
     * Hashes a password with a new salt.
     *
     * @param password the password; not kept
     * @return the hash
     */
    public PasswordHash hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(memoryKiB, iterations, parallelism, salt,
                derive(password, salt, memoryKiB, iterations, parallelism));
    }

    /**
     * Tells whether a password matches a hash, in time independent of where they differ.
     *
     * @param password the password; not kept
     * @param expected the stored hash
     * @return {@code true} if it matches
     */
    public boolean verify(char[] password, PasswordHash expected) {
        Objects.requireNonNull(expected, "expected");
        byte[] actual = derive(password, expected.salt(), expected.memoryKiB(), expected.iterations(), expected.parallelism());
        try {
            return MessageDigest.isEqual(actual, expected.hash());
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int m, int t, int p) {
        Objects.requireNonNull(password, "password");
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(m).withIterations(t).withParallelism(p).withSalt(salt).build());
            byte[] out = new byte[HASH_BYTES];
            generator.generateBytes(bytes, out);
            return out;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "PasswordHasher[argon2id, m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + parallelism + "]";
    }
}
