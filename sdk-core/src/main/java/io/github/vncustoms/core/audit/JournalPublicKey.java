package io.github.vncustoms.core.audit;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.audit.Hex;
import java.util.Objects;

/**
 * The Ed25519 public key that checks a journal's checkpoints. Publish it, or keep it apart from the
 * journal: whoever holds it can verify, nobody can sign with it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hex the 32-byte key as 64 lower-case hex digits
 */
public record JournalPublicKey(String hex) {
    /**
     * Checks the form of the key.
     *
     * @throws ValidationException if it is not 64 hex digits
     */
    public JournalPublicKey {
        Objects.requireNonNull(hex, "hex");
        if (!Hex.isLowerHex(hex, 64)) {
            throw new ValidationException("publicKey", "Journal public key '" + hex
                    + "' is malformed: expected 64 lower-case hex digits of an Ed25519 public key");
        }
    }

    /**
     * Reads a key from hex text, either case.
     *
     * @param text 64 hex digits
     * @return the key
     * @throws ValidationException if the text is not 64 hex digits
     */
    public static JournalPublicKey parse(String text) {
        Objects.requireNonNull(text, "text");
        return new JournalPublicKey(text.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Makes a key from its 32 bytes.
     *
     * @param encoded the raw Ed25519 public key
     * @return the key
     * @throws ValidationException if it is not 32 bytes
     */
    public static JournalPublicKey of(byte[] encoded) {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.length != 32) {
            throw new ValidationException("publicKey", "Journal public key has " + encoded.length
                    + " bytes: expected the 32 bytes of an Ed25519 public key");
        }
        return new JournalPublicKey(Hex.encode(encoded));
    }

    /**
     * Returns the raw key.
     *
     * @return a fresh copy of the 32 bytes
     */
    public byte[] encoded() {
        return Hex.decode(hex);
    }
}
