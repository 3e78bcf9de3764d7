package io.github.vncustoms.core.secret;

import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.secret.Bytes;
import io.github.vncustoms.core.internal.secret.SealedEntry;
import io.github.vncustoms.core.internal.secret.VaultFormat;
import io.github.vncustoms.core.internal.secret.VaultFormat.Document;
import io.github.vncustoms.core.internal.secret.VaultKeys;
import io.github.vncustoms.core.internal.secret.VaultLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.security.auth.Destroyable;

/**
 * Keeps the secrets an SDK deployment must hold, such as the camera and recorder accounts an
 * export-processing enterprise hands over to customs, encrypted in memory and in its exported file
 * (CAM-15: "connection details and accounts must not leak to third parties").
 *
 * <pre>{@code
 * CredentialVault vault = CredentialVault.builder().passphrase(passphrase).build();   // a new, empty vault
 * vault.put("camera/kcx-tan-thuan/nvr-01", Secret.of(nvrPassword));
 * vault.exportTo(Path.of("credentials.vault.json"));
 *
 * CredentialVault again = CredentialVault.builder().passphrase(passphrase).open(Path.of("credentials.vault.json"));
 * String header = again.get("camera/kcx-tan-thuan/nvr-01").withChars(pw -> basicAuth("admin", pw));
 * }</pre>
 *
 * <p><b>Cryptography.</b> Each secret is sealed with AES-256-GCM under a fresh 96-bit random nonce,
 * with the entry's name as associated data, so a ciphertext moved to another name does not open.
 * The key comes from a passphrase through Argon2id ({@link Argon2Settings}; default 64 MiB, 3
 * passes; a random 16-byte salt kept with the vault), or is a 32-byte key the integrator supplies;
 * HKDF-SHA256 expands it into the encryption key and a separate key that authenticates the
 * exported document as a whole. The vault holds only ciphertexts; a secret is decrypted on each
 * {@link #get}, into a new {@link Secret} the caller destroys after use.
 *
 * <p><b>Export.</b> {@link #exportJson()} and {@link #exportTo(Path)} write a JSON document with
 * ciphertexts, nonces, the salt and the Argon2id settings, never a plaintext. Opening it checks, in
 * order: the key (a wrong passphrase is an {@link IntegrityException} saying so), every entry (a
 * changed byte is an {@code IntegrityException} naming the entry), and the document's
 * authentication code (an entry removed, added or replaced by an older copy). Names and times are
 * not secret and are stored in clear.
 *
 * <p><b>Leaks.</b> No secret reaches {@code toString()}, an exception message or a log: this class
 * logs nothing, and a document that fails to parse is reported by line and column only, never
 * quoted. Only ciphertexts are held in memory between calls; the derived keys are zeroed by
 * {@link #destroy()}.
 *
 * <p><b>Thread-safety.</b> Thread-safe. Entries live in an immutable sorted map that writers
 * replace under a lock (copy-on-write), so readers and {@link #exportJson()} see one consistent
 * snapshot without locking; each operation builds its own {@code Cipher}. A read-write lock keeps
 * {@link #destroy()} from zeroing the keys under a running operation. Random 96-bit nonces are safe
 * for up to 2<sup>32</sup> encryptions under one key, far more than any credential list needs.
 */
public final class CredentialVault implements Destroyable {
    /** Longest entry name, in characters. */
    public static final int MAX_NAME_LENGTH = 200;
    /** Fewest characters (code points) a passphrase may have. */
    public static final int MIN_PASSPHRASE_LENGTH = 8;
    /** Bytes of a key supplied by the integrator instead of a passphrase. */
    public static final int KEY_LENGTH = 32;

    private final String keySource;
    private final Argon2Settings argon2;
    private final byte[] salt;
    private final VaultFormat.Sealed keyCheck;
    private final VaultKeys keys;
    private final Clock clock;
    private final SecureRandom random;
    private final ReadWriteLock keyLock = new ReentrantReadWriteLock();
    private final Object writeLock = new Object();
    /** Immutable snapshot, replaced whole under {@link #writeLock}. */
    private volatile SortedMap<String, SealedEntry> entries;
    /** Guarded by the write side of {@link #keyLock}. */
    private volatile boolean destroyed;

    private CredentialVault(VaultLoader.Loaded loaded, Clock clock, SecureRandom random) {
        this.keySource = loaded.keySource();
        this.argon2 = loaded.argon2();
        this.salt = loaded.salt();
        this.keyCheck = loaded.keyCheck();
        this.keys = loaded.keys();
        this.entries = Collections.unmodifiableSortedMap(new TreeMap<>(loaded.entries()));
        this.clock = clock;
        this.random = random;
    }

    /**
     * Starts a vault: give a passphrase or a key, then {@link Builder#build()} a new one or
     * {@link Builder#open(Path)} an exported one.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Seals a secret under a name, replacing any secret stored under it. The caller's secret is
     * left as it was; destroy it when done.
     *
     * @param name the entry's name, e.g. {@code "camera/kcx-tan-thuan/nvr-01"}; not secret
     * @param secret the secret
     * @throws ValidationException if the name is blank, longer than {@value #MAX_NAME_LENGTH}
     *     characters or holds a control character
     * @throws InvalidStateException if the vault or the secret was destroyed
     */
    public void put(String name, Secret secret) {
        String key = name(name);
        Objects.requireNonNull(secret, "secret");
        byte[] plaintext = secret.revealBytes();
        keyLock.readLock().lock();
        try {
            requireLive();
            VaultKeys.Sealed sealed = keys.seal(VaultFormat.entryAad(key), plaintext, random);
            SealedEntry stored = new SealedEntry(clock.instant(), sealed.nonce(), sealed.ciphertext());
            synchronized (writeLock) {
                TreeMap<String, SealedEntry> copy = new TreeMap<>(entries);
                copy.put(key, stored);
                entries = Collections.unmodifiableSortedMap(copy);
            }
        } finally {
            keyLock.readLock().unlock();
            Bytes.zero(plaintext);
        }
    }

    /**
     * Opens the secret stored under a name.
     *
     * @param name the entry's name
     * @return a new secret the caller destroys after use, or empty if no entry has that name
     * @throws ValidationException if the name is not a valid entry name
     * @throws IntegrityException if the entry's ciphertext fails authentication
     * @throws InvalidStateException if the vault was destroyed
     */
    public Optional<Secret> find(String name) {
        String key = name(name);
        keyLock.readLock().lock();
        try {
            requireLive();
            SealedEntry stored = entries.get(key);
            if (stored == null) {
                return Optional.empty();
            }
            byte[] plaintext = keys.open(VaultFormat.entryAad(key), stored.nonce(), stored.ciphertext())
                    .orElseThrow(() -> VaultLoader.tampered(key));
            return Optional.of(Secret.adopt(plaintext));
        } finally {
            keyLock.readLock().unlock();
        }
    }

    /**
     * Opens the secret stored under a name.
     *
     * @param name the entry's name
     * @return a new secret the caller destroys after use
     * @throws NotFoundException if no entry has that name
     * @throws ValidationException if the name is not a valid entry name
     * @throws IntegrityException if the entry's ciphertext fails authentication
     * @throws InvalidStateException if the vault was destroyed
     */
    public Secret get(String name) {
        return find(name).orElseThrow(() -> new NotFoundException("Vault holds no entry '" + name(name)
                + "': expected one of " + names()));
    }

    /**
     * Removes an entry.
     *
     * @param name the entry's name
     * @return {@code true} if an entry was removed
     * @throws ValidationException if the name is not a valid entry name
     * @throws InvalidStateException if the vault was destroyed
     */
    public boolean remove(String name) {
        String key = name(name);
        keyLock.readLock().lock();
        try {
            requireLive();
            synchronized (writeLock) {
                if (!entries.containsKey(key)) {
                    return false;
                }
                TreeMap<String, SealedEntry> copy = new TreeMap<>(entries);
                copy.remove(key);
                entries = Collections.unmodifiableSortedMap(copy);
                return true;
            }
        } finally {
            keyLock.readLock().unlock();
        }
    }

    /**
     * Tells whether an entry has a name.
     *
     * @param name the entry's name
     * @return {@code true} if the vault holds it
     * @throws ValidationException if the name is not a valid entry name
     * @throws InvalidStateException if the vault was destroyed
     */
    public boolean contains(String name) {
        String key = name(name);
        requireLive();
        return entries.containsKey(key);
    }

    /**
     * Returns the entries' names, sorted.
     *
     * @return an unmodifiable list
     * @throws InvalidStateException if the vault was destroyed
     */
    public List<String> names() {
        requireLive();
        return List.copyOf(entries.keySet());
    }

    /**
     * Returns the entries' names and times, sorted by name, without opening any of them.
     *
     * @return an unmodifiable list
     * @throws InvalidStateException if the vault was destroyed
     */
    public List<VaultEntry> entries() {
        requireLive();
        return entries.entrySet().stream().map(e -> new VaultEntry(e.getKey(), e.getValue().updatedAt())).toList();
    }

    /**
     * Returns how many entries the vault holds.
     *
     * @return the number of entries
     * @throws InvalidStateException if the vault was destroyed
     */
    public int size() {
        requireLive();
        return entries.size();
    }

    /**
     * Writes the vault as a JSON document: ciphertexts, nonces, salt and key-derivation settings,
     * authenticated as a whole; never a plaintext. {@link Builder#open(String)} reads it back.
     *
     * @return the JSON text
     * @throws InvalidStateException if the vault was destroyed
     */
    public String exportJson() {
        keyLock.readLock().lock();
        try {
            requireLive();
            List<VaultFormat.Entry> sealed = new ArrayList<>();
            entries.forEach((name, s) -> sealed.add(new VaultFormat.Entry(name, s.updatedAt(),
                    VaultFormat.encode(s.nonce()), VaultFormat.encode(s.ciphertext()))));
            VaultFormat.Kdf kdf = argon2 == null ? null : new VaultFormat.Kdf(VaultFormat.ARGON2ID, argon2.memoryKiB(),
                    argon2.iterations(), argon2.parallelism());
            Document unsigned = new Document(VaultFormat.FORMAT, VaultFormat.VERSION, keySource, kdf,
                    VaultFormat.encode(salt), keyCheck, List.copyOf(sealed), null);
            String mac = VaultFormat.encode(keys.mac(VaultFormat.canonical(unsigned)));
            return VaultFormat.write(new Document(unsigned.format(), unsigned.version(), keySource, kdf, unsigned.salt(),
                    keyCheck, unsigned.entries(), mac));
        } finally {
            keyLock.readLock().unlock();
        }
    }

    /**
     * Writes the vault's JSON document to a file, replacing it atomically where the file system
     * allows: the document goes to a temporary file in the same directory first (readable by its
     * owner only on POSIX file systems), then is moved into place.
     *
     * @param file the file to write
     * @throws ValidationException if the file cannot be written
     * @throws InvalidStateException if the vault was destroyed
     */
    public void exportTo(Path file) {
        Objects.requireNonNull(file, "file");
        String json = exportJson();
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), ".vault-", ".tmp");
            Files.writeString(temporary, json, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new ValidationException("file", "Vault could not be written to " + file + " (" + e
                    + "): expected a writable file in an existing directory", e);
        }
    }

    /**
     * Zeroes the vault's keys. Every later operation throws {@link InvalidStateException}; destroying
     * twice is harmless. Waits for running operations to finish.
     */
    @Override
    public void destroy() {
        keyLock.writeLock().lock();
        try {
            if (!destroyed) {
                keys.destroy();
                destroyed = true;
            }
        } finally {
            keyLock.writeLock().unlock();
        }
    }

    /**
     * Tells whether {@link #destroy()} was called.
     *
     * @return {@code true} once destroyed
     */
    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    /** Returns e.g. {@code CredentialVault[3 entries, passphrase, Argon2id(m=65536 KiB, t=3, p=1)]}; never a secret. */
    @Override
    public String toString() {
        if (destroyed) {
            return "CredentialVault[destroyed]";
        }
        return "CredentialVault[" + entries.size() + " entries, " + keySource + (argon2 == null ? "" : ", " + argon2) + "]";
    }

    private void requireLive() {
        if (destroyed) {
            throw new InvalidStateException("Vault was destroyed: expected a vault that has not been destroyed; open"
                    + " it again from its exported document");
        }
    }

    private static String name(String name) {
        return VaultLoader.entryName(name);
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // The temporary file holds only ciphertext; leaving it behind leaks nothing.
            }
        }
    }

    /**
     * Configures a {@link CredentialVault} and creates or opens it. Give a {@link #passphrase} or a
     * {@link #key}; the one given last counts. The builder keeps a copy of the passphrase or key only
     * until {@link #build()} or {@code open(...)}, which zero it: use one builder per vault. For the
     * same reason a vault has no {@code toBuilder()}: it never hands key material back. Not
     * thread-safe.
     */
    public static final class Builder {
        private char[] passphrase;
        private byte[] key;
        private boolean used;
        private Argon2Settings argon2 = Argon2Settings.defaults();
        private Clock clock = Clock.systemUTC();
        private SecureRandom random = new SecureRandom();

        private Builder() {}

        /**
         * Keys the vault from a passphrase through Argon2id. The characters are copied; the caller may
         * zero its array at once. They are NFC-normalised before derivation, so the same Vietnamese
         * passphrase typed with any input method opens the vault.
         *
         * @param passphrase at least {@value CredentialVault#MIN_PASSPHRASE_LENGTH} characters;
         *     several words are better
         * @return this builder
         * @throws ValidationException if the passphrase is too short or not well-formed text
         */
        public Builder passphrase(char[] passphrase) {
            Objects.requireNonNull(passphrase, "passphrase");
            if (Character.codePointCount(passphrase, 0, passphrase.length) < MIN_PASSPHRASE_LENGTH) {
                throw new ValidationException("passphrase", "Passphrase is shorter than " + MIN_PASSPHRASE_LENGTH
                        + " characters: expected at least " + MIN_PASSPHRASE_LENGTH + ", better several words");
            }
            Bytes.zero(Bytes.utf8(passphrase)); // refuses a lone surrogate now rather than at build()
            wipe();
            this.passphrase = passphrase.clone();
            return this;
        }

        /**
         * Keys the vault with a key the integrator keeps elsewhere (an HSM, a KMS, a sealed
         * configuration) instead of a passphrase. The key is copied.
         *
         * @param key {@value CredentialVault#KEY_LENGTH} random bytes
         * @return this builder
         * @throws ValidationException if the key is not {@value CredentialVault#KEY_LENGTH} bytes
         * @throws InvalidStateException if the key was destroyed
         */
        public Builder key(Secret key) {
            Objects.requireNonNull(key, "key");
            byte[] bytes = key.revealBytes();
            if (bytes.length != KEY_LENGTH) {
                Bytes.zero(bytes);
                throw new ValidationException("key", "Vault key is not " + KEY_LENGTH + " bytes: expected a random"
                        + " 256-bit key");
            }
            wipe();
            this.key = bytes;
            return this;
        }

        /**
         * Sets the cost of deriving the key from the passphrase, for a new vault; an opened vault keeps
         * the settings it was created with.
         *
         * @param settings the settings; default {@link Argon2Settings#defaults()}
         * @return this builder
         */
        public Builder argon2(Argon2Settings settings) {
            this.argon2 = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Sets the clock that dates entries.
         *
         * @param clock the clock; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the source of salts and nonces.
         *
         * @param random a cryptographically strong source; default a new {@link SecureRandom}
         * @return this builder
         */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Creates a new, empty vault with a fresh random salt, and zeroes the builder's copy of the
         * passphrase or key.
         *
         * @return the vault
         * @throws ValidationException if neither a passphrase nor a key was given
         * @throws InvalidStateException if this builder already built or opened a vault
         */
        public CredentialVault build() {
            requireOneKey();
            try {
                return new CredentialVault(VaultLoader.create(passphrase, key, argon2, random), clock, random);
            } finally {
                finish();
            }
        }

        /**
         * Opens a vault from the JSON document {@link CredentialVault#exportJson()} wrote, checking the
         * key, every entry and the document as a whole, and zeroes the builder's copy of the
         * passphrase or key.
         *
         * @param json the document
         * @return the vault
         * @throws ValidationException if the text is not a vault document (never quoted in the
         *     message), its Argon2id settings are below the floor, or it was sealed with a key while a
         *     passphrase was given, or the reverse
         * @throws IntegrityException if the passphrase or key is wrong, an entry was altered, or the
         *     document was altered as a whole (an entry removed, added or replaced)
         * @throws InvalidStateException if this builder already built or opened a vault
         */
        public CredentialVault open(String json) {
            Objects.requireNonNull(json, "json");
            requireOneKey();
            try {
                return new CredentialVault(VaultLoader.open(VaultFormat.read(json), passphrase, key), clock, random);
            } finally {
                finish();
            }
        }

        /**
         * Opens a vault from a file {@link CredentialVault#exportTo(Path)} wrote, as
         * {@link #open(String)} does.
         *
         * @param file the file
         * @return the vault
         * @throws ValidationException if the file cannot be read, or as {@link #open(String)}
         * @throws IntegrityException as {@link #open(String)}
         * @throws InvalidStateException if this builder already built or opened a vault
         */
        public CredentialVault open(Path file) {
            Objects.requireNonNull(file, "file");
            requireOneKey();
            String json;
            try {
                json = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                finish();
                throw new ValidationException("file", "Vault file " + file + " could not be read (" + e.getClass().getSimpleName()
                        + "): expected a readable file written by CredentialVault.exportTo(...)", e);
            }
            return open(json);
        }

        private void requireOneKey() {
            if (used) {
                throw new InvalidStateException("This builder already built or opened a vault and wiped its passphrase"
                        + " or key: expected a new builder for each vault");
            }
            if (passphrase == null && key == null) {
                throw new ValidationException("passphrase", "Neither a passphrase nor a key was given: expected"
                        + " passphrase(...) or key(...) on the builder");
            }
        }

        /** Zeroes the passphrase or key given so far, so that the one given next replaces it. */
        private void wipe() {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
                passphrase = null;
            }
            Bytes.zero(key);
            key = null;
        }

        /** Ends the builder's single use. */
        private void finish() {
            wipe();
            used = true;
        }
    }
}
