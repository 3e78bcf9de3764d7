package io.github.vncustoms.core.internal.audit;

import io.github.vncustoms.core.audit.AuditCheckpoint;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Ed25519 signatures over checkpoints (BouncyCastle), and the key arithmetic behind the journal's
 * key types.
 *
 * <p>Stateless and thread-safe: a signer is made per call, which costs far less than the signature.
 */
public final class Checkpoints {
    private static final byte[] LABEL = "vncustoms-audit-checkpoint-v1".getBytes(StandardCharsets.US_ASCII);

    private Checkpoints() {}

    /**
     * Makes a new private key.
     *
     * @param random the source of randomness
     * @return the 32-byte private key
     */
    public static byte[] newPrivateKey(SecureRandom random) {
        return new Ed25519PrivateKeyParameters(random).getEncoded();
    }

    /**
     * Derives the public key.
     *
     * @param privateKey the 32-byte private key
     * @return the 32-byte public key
     */
    public static byte[] publicKeyOf(byte[] privateKey) {
        return new Ed25519PrivateKeyParameters(privateKey, 0).generatePublicKey().getEncoded();
    }

    /**
     * Signs a checkpoint.
     *
     * @param privateKey the 32-byte private key
     * @param sequence the sequence covered
     * @param hash that entry's hash, hex
     * @param time when signed
     * @return the checkpoint
     */
    public static AuditCheckpoint sign(byte[] privateKey, long sequence, String hash, Instant time) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(privateKey, 0));
        byte[] payload = payload(sequence, hash, time);
        signer.update(payload, 0, payload.length);
        return new AuditCheckpoint(sequence, hash, time, Hex.encode(signer.generateSignature()));
    }

    /**
     * Tells whether a checkpoint's signature is valid for a public key.
     *
     * @param publicKey the 32-byte public key
     * @param checkpoint the checkpoint
     * @return {@code true} if the key signed exactly this checkpoint
     */
    public static boolean isValid(byte[] publicKey, AuditCheckpoint checkpoint) {
        try {
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
            byte[] payload = payload(checkpoint.sequence(), checkpoint.hash(), checkpoint.time());
            verifier.update(payload, 0, payload.length);
            return verifier.verifySignature(Hex.decode(checkpoint.signature()));
        } catch (IllegalArgumentException e) {
            // A public key that is not a curve point cannot have signed anything.
            return false;
        }
    }

    private static byte[] payload(long sequence, String hash, Instant time) {
        ByteSink sink = new ByteSink(96);
        sink.put(LABEL);
        sink.int64(sequence);
        sink.put(Hex.decode(hash));
        sink.int64(time.getEpochSecond());
        sink.int32(time.getNano());
        return java.util.Arrays.copyOf(sink.array(), sink.size());
    }
}
