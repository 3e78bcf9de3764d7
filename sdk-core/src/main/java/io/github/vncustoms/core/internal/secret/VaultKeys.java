package io.github.vncustoms.core.internal.secret;

import io.github.vncustoms.core.error.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The two keys of a vault, expanded from its master key with HKDF-SHA256 (RFC 5869, salted with
 * the vault's salt): an AES-256 key for AES-GCM (96-bit random nonces, 128-bit tags) and an
 * HMAC-SHA256 key that authenticates the exported document as a whole.
 *
 * <p>Thread-safe for {@link #seal}, {@link #open} and {@link #mac}, which build their own
 * {@code Cipher}/{@code Mac}; the caller must not run them concurrently with {@link #destroy()}.
 */
public final class VaultKeys {
    /** Bytes of a GCM nonce. */
    public static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_LENGTH = 32;

    private final byte[] encryptionKey;
    private final byte[] authenticationKey;

    private VaultKeys(byte[] encryptionKey, byte[] authenticationKey) {
        this.encryptionKey = encryptionKey;
        this.authenticationKey = authenticationKey;
    }

    /**
     * Expands a master key.
     *
     * @param master the 32-byte master key (from Argon2id, or supplied by the integrator)
     * @param salt the vault's salt
     * @return the keys
     */
    public static VaultKeys derive(byte[] master, byte[] salt) {
        return new VaultKeys(expand(master, salt, "vncustoms/vault/v1/encryption"),
                expand(master, salt, "vncustoms/vault/v1/authentication"));
    }

    private static byte[] expand(byte[] master, byte[] salt, String info) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(master, salt, info.getBytes(StandardCharsets.US_ASCII)));
        byte[] out = new byte[KEY_LENGTH];
        hkdf.generateBytes(out, 0, out.length);
        return out;
    }

    /**
     * Encrypts with AES-GCM under a fresh random nonce.
     *
     * @param aad the associated data the ciphertext is bound to
     * @param plaintext the plaintext
     * @param random the nonce source
     * @return the nonce and the ciphertext (with its tag)
     */
    public Sealed seal(byte[] aad, byte[] plaintext, SecureRandom random) {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(encryptionKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return new Sealed(nonce, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw unavailable("AES/GCM/NoPadding", e);
        }
    }

    /**
     * Decrypts and authenticates.
     *
     * @param aad the associated data the ciphertext must be bound to
     * @param nonce the nonce
     * @param ciphertext the ciphertext with its tag
     * @return the plaintext (a new array the caller must zero), or empty if the key is wrong or the
     *     ciphertext, nonce or associated data were altered
     */
    public Optional<byte[]> open(byte[] aad, byte[] nonce, byte[] ciphertext) {
        if (nonce.length != NONCE_LENGTH || ciphertext.length < TAG_BITS / 8) {
            return Optional.empty();
        }
        Cipher cipher;
        try {
            cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(encryptionKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        } catch (GeneralSecurityException e) {
            throw unavailable("AES/GCM/NoPadding", e);
        }
        try {
            cipher.updateAAD(aad);
            return Optional.of(cipher.doFinal(ciphertext));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw unavailable("AES/GCM/NoPadding", e);
        }
    }

    /**
     * Computes HMAC-SHA256 under the authentication key.
     *
     * @param data the data
     * @return the 32-byte code
     */
    public byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(authenticationKey, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw unavailable("HmacSHA256", e);
        }
    }

    /** Zeroes both keys. */
    public void destroy() {
        Bytes.zero(encryptionKey, authenticationKey);
    }

    private static ConfigurationException unavailable(String algorithm, GeneralSecurityException e) {
        return new ConfigurationException("This Java runtime cannot run " + algorithm + " (" + e.getClass().getSimpleName()
                + "): expected every Java SE runtime to", e);
    }

    /**
     * A nonce and the ciphertext sealed under it.
     *
     * @param nonce the 12-byte nonce
     * @param ciphertext the ciphertext followed by its 16-byte tag
     */
    public record Sealed(byte[] nonce, byte[] ciphertext) {}
}
