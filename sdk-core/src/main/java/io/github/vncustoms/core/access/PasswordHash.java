package io.github.vncustoms.core.access;

import io.github.vncustoms.core.error.ValidationException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An Argon2id password hash with its per-account salt and parameters; the only form in which the
 * SDK keeps a password. The text form is the PHC string format
 * ({@code $argon2id$v=19$m=65536,t=3,p=1$<salt>$<hash>}).
 *
 * <p>Immutable and thread-safe; accessors return copies.
 *
 * @param memoryKiB the memory cost in KiB
 * @param iterations the number of passes
 * @param parallelism the number of lanes
 * @param salt the salt, at least 16 bytes
 * @param hash the derived hash, at least 16 bytes
 */
public record PasswordHash(int memoryKiB, int iterations, int parallelism, byte[] salt, byte[] hash) {
    /**
     * Validates and copies.
     *
     * @throws ValidationException if a parameter is out of range or the salt or hash is short
     */
    public PasswordHash {
        if (memoryKiB < 8 || iterations < 1 || parallelism < 1) {
            throw new ValidationException("passwordHash", "Argon2id parameters m=" + memoryKiB + ", t=" + iterations
                    + ", p=" + parallelism + " are out of range: expected m ≥ 8 KiB, t ≥ 1, p ≥ 1");
        }
        if (Objects.requireNonNull(salt, "salt").length < 16 || Objects.requireNonNull(hash, "hash").length < 16) {
            throw new ValidationException("passwordHash", "Argon2id salt and hash must be at least 16 bytes each");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /**
     * Reads the PHC string form.
     *
     * @param phc e.g. {@code $argon2id$v=19$m=65536,t=3,p=1$c2FsdHNhbHRzYWx0c2FsdA$...}
     * @return the hash
     * @throws ValidationException if the text is not an Argon2id PHC string
     */
    public static PasswordHash parse(String phc) {
        Objects.requireNonNull(phc, "phc");
        String[] parts = phc.split("\\$");
        String expected = "expected $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<base64 salt>$<base64 hash>";
        if (parts.length != 6 || !parts[0].isEmpty() || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
            throw new ValidationException("passwordHash", "Password hash is not an Argon2id PHC string: " + expected);
        }
        try {
            int m = 0;
            int t = 0;
            int p = 0;
            for (String kv : parts[3].split(",")) {
                String[] pair = kv.split("=", 2);
                int value = Integer.parseInt(pair[1]);
                switch (pair[0]) {
                    case "m" -> m = value;
                    case "t" -> t = value;
                    case "p" -> p = value;
                    default -> throw new IllegalArgumentException(pair[0]);
                }
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return new PasswordHash(m, t, p, b64.decode(parts[4]), b64.decode(parts[5]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new ValidationException("passwordHash", "Password hash parameters are malformed: " + expected, e);
        }
    }

    /** Returns a copy of the salt. */
    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /** Returns a copy of the hash. */
    @Override
    public byte[] hash() {
        return hash.clone();
    }

    /**
     * Returns the PHC string form.
     *
     * @return the text form, safe to store
     */
    public String toPhcString() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordHash other && memoryKiB == other.memoryKiB && iterations == other.iterations
                && parallelism == other.parallelism && Arrays.equals(salt, other.salt) && Arrays.equals(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memoryKiB, iterations, parallelism, Arrays.hashCode(salt), Arrays.hashCode(hash));
    }

    /** Returns the parameters only; the salt and hash stay out of logs. */
    @Override
    public String toString() {
        return "PasswordHash[argon2id, m=" + memoryKiB + ", t=" + iterations + ", p=" + parallelism + "]";
    }
}
