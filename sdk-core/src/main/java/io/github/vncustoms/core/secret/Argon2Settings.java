package io.github.vncustoms.core.secret;

import io.github.vncustoms.core.error.ValidationException;

/**
 * Cost of the Argon2id key derivation that turns a vault passphrase into its key (RFC 9106).
 *
 * <p>{@link #defaults()} is 64 MiB, 3 passes, 1 lane: about a quarter of a second on a current
 * server core, the second recommendation of RFC 9106 (with one lane, because BouncyCastle computes
 * lanes one after another, so more lanes add memory cost but no speed). The floor,
 * {@link #minimum()}, is the OWASP Password Storage Cheat Sheet's least acceptable Argon2id
 * setting: 19 MiB, 2 passes, 1 lane. Nothing weaker is accepted, neither from the builder nor from
 * a vault document; use the floor only where memory is short, or in tests.
 *
 * <p>Immutable and thread-safe.
 *
 * @param memoryKiB memory in KiB, from 19 456 (19 MiB) to 4 194 304 (4 GiB)
 * @param iterations passes over the memory, from 2 to 64
 * @param parallelism lanes, from 1 to 16
 */
public record Argon2Settings(int memoryKiB, int iterations, int parallelism) {
    /** Least memory accepted: 19 MiB, in KiB. */
    public static final int MIN_MEMORY_KIB = 19 * 1024;
    /** Most memory accepted: 4 GiB, in KiB. */
    public static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;
    /** Fewest passes accepted. */
    public static final int MIN_ITERATIONS = 2;
    /** Most passes accepted. */
    public static final int MAX_ITERATIONS = 64;
    /** Most lanes accepted. */
    public static final int MAX_PARALLELISM = 16;

    /**
     * Validates the settings against the floor.
     *
     * @throws ValidationException if a setting is below the floor or above the ceiling
     */
    public Argon2Settings {
        if (memoryKiB < MIN_MEMORY_KIB || memoryKiB > MAX_MEMORY_KIB) {
            throw new ValidationException("memoryKiB", "Argon2id memory of " + memoryKiB + " KiB is out of range:"
                    + " expected " + MIN_MEMORY_KIB + " KiB (19 MiB, the OWASP floor) to " + MAX_MEMORY_KIB + " KiB");
        }
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new ValidationException("iterations", "Argon2id pass count " + iterations + " is out of range:"
                    + " expected " + MIN_ITERATIONS + " to " + MAX_ITERATIONS);
        }
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new ValidationException("parallelism", "Argon2id lane count " + parallelism + " is out of range:"
                    + " expected 1 to " + MAX_PARALLELISM);
        }
    }

    /**
     * Creates settings.
     *
     * @param memoryKiB memory in KiB
     * @param iterations passes
     * @param parallelism lanes
     * @return the settings
     * @throws ValidationException if a setting is below the floor or above the ceiling
     */
    public static Argon2Settings of(int memoryKiB, int iterations, int parallelism) {
        return new Argon2Settings(memoryKiB, iterations, parallelism);
    }

    /**
     * Returns the default: 64 MiB, 3 passes, 1 lane.
     *
     * @return the default settings
     */
    public static Argon2Settings defaults() {
        return new Argon2Settings(64 * 1024, 3, 1);
    }

    /**
     * Returns the floor: 19 MiB, 2 passes, 1 lane.
     *
     * @return the weakest settings accepted
     */
    public static Argon2Settings minimum() {
        return new Argon2Settings(MIN_MEMORY_KIB, MIN_ITERATIONS, 1);
    }

    /** Returns e.g. {@code Argon2id(m=65536 KiB, t=3, p=1)}. */
    @Override
    public String toString() {
        return "Argon2id(m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + parallelism + ")";
    }
}
