package io.github.vncustoms.core.audit;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.audit.Checkpoints;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;

/**
 * The Ed25519 private key a journal signs its checkpoints with (STA-07). Keep it where the people
 * who could edit the journal files cannot read it: a checkpoint is only as trustworthy as this key.
 *
 * <pre>{@code
 * JournalSigningKey key = JournalSigningKey.generate();
 * byte[] toVault = key.encoded();                       // store it in the secrets vault
 * JournalPublicKey forAuditors = key.publicKey();       // publish it
 * JournalSigningKey again = JournalSigningKey.of(toVault);
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows only the public key.
 */
public final class JournalSigningKey {
    private final byte[] privateKey;
    private final JournalPublicKey publicKey;

    private JournalSigningKey(byte[] privateKey) {
        this.privateKey = privateKey;
        this.publicKey = JournalPublicKey.of(Checkpoints.publicKeyOf(privateKey));
    }

    /**
     * Generates a new key from a strong source of randomness.
     *
     * @return the key
     */
    public static JournalSigningKey generate() {
        return generate(new SecureRandom());
    }

    /**
     * Generates a new key.
     *
     * @param random the source of randomness
     * @return the key
     */
    public static JournalSigningKey generate(SecureRandom random) {
        return new JournalSigningKey(Checkpoints.newPrivateKey(Objects.requireNonNull(random, "random")));
    }

    /**
     * Restores a key from its 32 bytes.
     *
     * @param encoded the raw Ed25519 private key (seed), as {@link #encoded()} returned it
     * @return the key
     * @throws ValidationException if it is not 32 bytes
     */
    public static JournalSigningKey of(byte[] encoded) {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.length != 32) {
            throw new ValidationException("signingKey", "Journal signing key has " + encoded.length
                    + " bytes: expected the 32 bytes of an Ed25519 private key");
        }
        return new JournalSigningKey(encoded.clone());
    }

    /**
     * Returns the raw private key, to store in a vault.
     *
     * @return a fresh copy of the 32 bytes
     */
    public byte[] encoded() {
        return privateKey.clone();
    }

    /**
     * Returns the public key that verifies this key's signatures.
     *
     * @return the public key
     */
    public JournalPublicKey publicKey() {
        return publicKey;
    }

    /**
     * Signs a checkpoint.
     *
     * @param sequence the sequence of the last entry covered
     * @param hash that entry's hash
     * @param time the signing time
     * @return the signed checkpoint
     */
    AuditCheckpoint sign(long sequence, String hash, Instant time) {
        return Checkpoints.sign(privateKey, sequence, hash, time);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JournalSigningKey k && MessageDigest.isEqual(privateKey, k.privateKey);
    }

    @Override
    public int hashCode() {
        return publicKey.hashCode();
    }

    @Override
    public String toString() {
        return "JournalSigningKey[public=" + publicKey.hex() + "]";
    }
}
