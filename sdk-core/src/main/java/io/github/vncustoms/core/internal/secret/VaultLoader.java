package io.github.vncustoms.core.internal.secret;

import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.secret.VaultFormat.Document;
import io.github.vncustoms.core.secret.Argon2Settings;
import io.github.vncustoms.core.secret.CredentialVault;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Creates the key material of a new vault, and opens an exported one, checking in order: the key
 * (against the key check), every entry (AES-GCM with its name as associated data), and the
 * document as a whole (its HMAC). Stateless and thread-safe.
 */
public final class VaultLoader {
    private VaultLoader() {}

    /**
     * What a vault holds besides its entries' map and its services.
     *
     * @param keySource {@link VaultFormat#PASSPHRASE} or {@link VaultFormat#SUPPLIED_KEY}
     * @param argon2 the key derivation settings, {@code null} for a supplied key
     * @param salt the vault's salt
     * @param keyCheck the sealed key check
     * @param keys the derived keys
     * @param entries the sealed entries by name
     */
    public record Loaded(String keySource, Argon2Settings argon2, byte[] salt, VaultFormat.Sealed keyCheck,
            VaultKeys keys, SortedMap<String, SealedEntry> entries) {}

    /**
     * Derives the keys of a new, empty vault under a fresh salt.
     *
     * @param passphrase the passphrase, or {@code null} when a key is supplied
     * @param key the supplied 32-byte key, or {@code null} when a passphrase is given
     * @param argon2 the settings for a passphrase
     * @param random the salt and nonce source
     * @return the new vault's material
     */
    public static Loaded create(char[] passphrase, byte[] key, Argon2Settings argon2, SecureRandom random) {
        byte[] salt = new byte[VaultFormat.SALT_LENGTH];
        random.nextBytes(salt);
        Argon2Settings settings = passphrase == null ? null : argon2;
        byte[] master = master(passphrase, key, settings, salt);
        VaultKeys keys = VaultKeys.derive(master, salt);
        Bytes.zero(master);
        VaultKeys.Sealed sealed = keys.seal(VaultFormat.keyCheckAad(), VaultFormat.keyCheckPlaintext(), random);
        VaultFormat.Sealed keyCheck = new VaultFormat.Sealed(VaultFormat.encode(sealed.nonce()),
                VaultFormat.encode(sealed.ciphertext()));
        return new Loaded(passphrase == null ? VaultFormat.SUPPLIED_KEY : VaultFormat.PASSPHRASE, settings, salt,
                keyCheck, keys, new TreeMap<>());
    }

    /**
     * Opens an exported document.
     *
     * @param d the document, as {@link VaultFormat#read} returned it
     * @param passphrase the passphrase, or {@code null} when a key is supplied
     * @param key the supplied key, or {@code null} when a passphrase is given
     * @return the vault's material, every check passed
     * @throws ValidationException if the document's key source does not match what was given, or
     *     its settings are below the floor
     * @throws IntegrityException if the key is wrong or the document was altered
     */
    public static Loaded open(Document d, char[] passphrase, byte[] key) {
        boolean byPassphrase = VaultFormat.PASSPHRASE.equals(d.keySource());
        if (!byPassphrase && !VaultFormat.SUPPLIED_KEY.equals(d.keySource())) {
            throw new ValidationException("vault", "Vault document names an unknown key source: expected '"
                    + VaultFormat.PASSPHRASE + "' or '" + VaultFormat.SUPPLIED_KEY + "'");
        }
        if (byPassphrase != (passphrase != null)) {
            throw new ValidationException(byPassphrase ? "passphrase" : "key", "Vault was sealed with "
                    + (byPassphrase ? "a passphrase" : "a supplied key") + ": expected "
                    + (byPassphrase ? "passphrase(...)" : "key(...)") + " on the builder, not "
                    + (byPassphrase ? "key(...)" : "passphrase(...)"));
        }
        Argon2Settings settings = null;
        if (byPassphrase) {
            if (!VaultFormat.ARGON2ID.equals(d.kdf().algorithm())) {
                throw new ValidationException("vault", "Vault document names an unknown key derivation: expected '"
                        + VaultFormat.ARGON2ID + "'");
            }
            settings = new Argon2Settings(d.kdf().memoryKiB(), d.kdf().iterations(), d.kdf().parallelism());
        }
        byte[] salt = VaultFormat.decode("salt", d.salt());
        if (salt.length != VaultFormat.SALT_LENGTH) {
            throw new IntegrityException("Vault document's salt has " + salt.length + " bytes: the document was"
                    + " altered or damaged; expected " + VaultFormat.SALT_LENGTH + " bytes");
        }
        byte[] master = master(passphrase, key, settings, salt);
        VaultKeys keys = VaultKeys.derive(master, salt);
        Bytes.zero(master);
        try {
            checkKey(keys, d.keyCheck(), byPassphrase);
            TreeMap<String, SealedEntry> entries = new TreeMap<>();
            for (VaultFormat.Entry e : d.entries()) {
                String name = entryName(e.name());
                byte[] nonce = VaultFormat.decode("entry '" + name + "' nonce", e.nonce());
                byte[] ciphertext = VaultFormat.decode("entry '" + name + "' ciphertext", e.ciphertext());
                if (!name.equals(e.name()) || entries.containsKey(name)) {
                    throw new IntegrityException("Vault entry '" + name + "' appears twice or under an altered name:"
                            + " the document was altered; expected each name once, as the vault wrote it");
                }
                byte[] plaintext = keys.open(VaultFormat.entryAad(name), nonce, ciphertext)
                        .orElseThrow(() -> tampered(name));
                Bytes.zero(plaintext);
                entries.put(name, new SealedEntry(e.updatedAt(), nonce, ciphertext));
            }
            byte[] expected = keys.mac(VaultFormat.canonical(d));
            if (!MessageDigest.isEqual(expected, VaultFormat.decode("mac", d.mac()))) {
                throw new IntegrityException("Vault document fails its authentication code: an entry was removed,"
                        + " added, re-dated or replaced by an older copy, or another field was altered; expected the"
                        + " document exactly as CredentialVault.exportJson() wrote it");
            }
            return new Loaded(d.keySource(), settings, salt, d.keyCheck(), keys, entries);
        } catch (RuntimeException e) {
            keys.destroy();
            throw e;
        }
    }

    /**
     * Checks and normalises an entry name.
     *
     * @param name the name
     * @return the normalised name
     * @throws ValidationException if the name is blank, too long or holds a control character
     */
    public static String entryName(String name) {
        return Labels.require("name", "Entry name", "camera/kcx-tan-thuan/nvr-01", name, CredentialVault.MAX_NAME_LENGTH);
    }

    /**
     * Returns the exception for an entry whose ciphertext fails authentication.
     *
     * @param name the entry's name
     * @return the exception, naming the entry only
     */
    public static IntegrityException tampered(String name) {
        return new IntegrityException("Vault entry '" + name + "' fails its authentication check: its ciphertext, nonce"
                + " or name was altered or damaged; expected the entry exactly as the vault sealed it");
    }

    private static void checkKey(VaultKeys keys, VaultFormat.Sealed keyCheck, boolean byPassphrase) {
        byte[] nonce = VaultFormat.decode("key check nonce", keyCheck.nonce());
        byte[] ciphertext = VaultFormat.decode("key check ciphertext", keyCheck.ciphertext());
        Optional<byte[]> opened = keys.open(VaultFormat.keyCheckAad(), nonce, ciphertext);
        boolean right = opened.isPresent() && MessageDigest.isEqual(opened.get(), VaultFormat.keyCheckPlaintext());
        opened.ifPresent(Bytes::zero);
        if (!right) {
            String what = byPassphrase ? "passphrase" : "key";
            throw new IntegrityException("The " + what + " does not open this vault: its key check fails, so the "
                    + what + " is wrong (or the document's salt, settings or key check were altered); expected the "
                    + what + " the vault was created with");
        }
    }

    private static byte[] master(char[] passphrase, byte[] key, Argon2Settings settings, byte[] salt) {
        if (settings == null) {
            return key.clone();
        }
        return Argon2Kdf.derive(passphrase, salt, settings.memoryKiB(), settings.iterations(), settings.parallelism());
    }
}
