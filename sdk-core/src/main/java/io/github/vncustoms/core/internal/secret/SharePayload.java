package io.github.vncustoms.core.internal.secret;

import io.github.vncustoms.core.error.ConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What is actually split into parts, and the commitment that proves a recombination right.
 *
 * <p>The split payload is {@code [length: 2 bytes][secret][zero padding][commitment key: 32
 * bytes]}, padded so that its length is a multiple of {@value #BLOCK} bytes plus the key: parts do
 * not tell their holders how long, say, a password is. The commitment is
 * {@code HMAC-SHA256(commitment key, context || secret)} truncated to {@value #COMMITMENT_LENGTH}
 * bytes, stored in every part. Because the key is itself inside the split payload, a holder with
 * fewer than the threshold of parts knows nothing about it, and so cannot test guesses of a
 * low-entropy secret (a password) against the commitment: split knowledge survives the check.
 *
 * <p>Stateless and thread-safe.
 */
public final class SharePayload {
    /** Bytes of the commitment stored in each part. */
    public static final int COMMITMENT_LENGTH = 16;
    /** The longest secret that can be split, in bytes: parts are meant to be printed. */
    public static final int MAX_SECRET_LENGTH = 1024;
    /** Bytes of the random commitment key carried inside the split payload. */
    public static final int KEY_LENGTH = 32;
    /** The secret and its length are padded to a multiple of this many bytes. */
    static final int BLOCK = 32;

    private SharePayload() {}

    /**
     * Lays out the payload to split.
     *
     * @param secret the secret, 1 to {@value #MAX_SECRET_LENGTH} bytes
     * @param key the random commitment key, {@value #KEY_LENGTH} bytes
     * @return a new array the caller must zero
     */
    public static byte[] pack(byte[] secret, byte[] key) {
        int body = roundUp(2 + secret.length);
        byte[] out = new byte[body + KEY_LENGTH];
        out[0] = (byte) (secret.length >>> 8);
        out[1] = (byte) secret.length;
        System.arraycopy(secret, 0, out, 2, secret.length);
        System.arraycopy(key, 0, out, body, KEY_LENGTH);
        return out;
    }

    /**
     * Computes the commitment of a secret.
     *
     * @param key the commitment key
     * @param secret the secret
     * @param context what the commitment binds besides the secret: identifier, scheme, threshold, total
     * @return the commitment, {@value #COMMITMENT_LENGTH} bytes
     */
    public static byte[] commitment(byte[] key, byte[] secret, ShareContext context) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(context.encode());
            mac.update(secret);
            byte[] full = mac.doFinal();
            byte[] out = Arrays.copyOf(full, COMMITMENT_LENGTH);
            Arrays.fill(full, (byte) 0);
            return out;
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("This Java runtime offers no HmacSHA256: expected every Java SE runtime to", e);
        }
    }

    /**
     * Unpacks a recombined payload and checks it against the commitment.
     *
     * @param payload the recombined payload
     * @param expected the commitment carried by the parts
     * @param context the context carried by the parts
     * @return the secret (a new array the caller must zero), or empty if the payload is not the one
     *     committed to
     */
    public static Optional<byte[]> open(byte[] payload, byte[] expected, ShareContext context) {
        if (payload.length < 2 + KEY_LENGTH) {
            return Optional.empty();
        }
        int length = ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
        int body = payload.length - KEY_LENGTH;
        if (length < 1 || length > MAX_SECRET_LENGTH || roundUp(2 + length) != body) {
            return Optional.empty();
        }
        for (int i = 2 + length; i < body; i++) {
            if (payload[i] != 0) {
                return Optional.empty();
            }
        }
        byte[] secret = Arrays.copyOfRange(payload, 2, 2 + length);
        byte[] key = Arrays.copyOfRange(payload, body, payload.length);
        byte[] actual = commitment(key, secret, context);
        Bytes.zero(key);
        if (MessageDigest.isEqual(actual, expected)) {
            return Optional.of(secret);
        }
        Bytes.zero(secret);
        return Optional.empty();
    }

    private static int roundUp(int n) {
        return (n + BLOCK - 1) / BLOCK * BLOCK;
    }

    /**
     * What a commitment binds besides the secret: the parts of one split share all of it.
     *
     * @param secretId the secret's identifier
     * @param scheme the scheme's name
     * @param threshold parts needed
     * @param total parts made
     */
    public record ShareContext(String secretId, String scheme, int threshold, int total) {
        byte[] encode() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.write("vncustoms/secret-share/v1".getBytes(StandardCharsets.US_ASCII));
                byte[] id = secretId.getBytes(StandardCharsets.UTF_8);
                out.writeInt(id.length);
                out.write(id);
                out.writeUTF(scheme);
                out.writeInt(threshold);
                out.writeInt(total);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }
}
