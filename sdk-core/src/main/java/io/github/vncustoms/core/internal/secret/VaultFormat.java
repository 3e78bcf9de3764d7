package io.github.vncustoms.core.internal.secret;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.json.CustomsJson;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * The exported form of a credential vault: a JSON document holding only ciphertexts, nonces, the
 * salt and the key-derivation settings, never a plaintext, and authenticated as a whole.
 *
 * <pre>{@code
 * {
 *   "format" : "vncustoms-credential-vault", "version" : 1,
 *   "keySource" : "passphrase",
 *   "kdf" : { "algorithm" : "argon2id", "memoryKiB" : 65536, "iterations" : 3, "parallelism" : 1 },
 *   "salt" : "...", "keyCheck" : { "nonce" : "...", "ciphertext" : "..." },
 *   "entries" : [ { "name" : "camera/...", "updatedAt" : "2026-03-01T02:00:00Z", "nonce" : "...", "ciphertext" : "..." } ],
 *   "mac" : "..."
 * }
 * }</pre>
 *
 * <p>Binary fields are standard Base64. The key check is a fixed text sealed under the vault key,
 * which tells a wrong passphrase apart from a tampered entry. Each entry's ciphertext is bound to
 * its name as AES-GCM associated data. The {@code mac} is HMAC-SHA256, under a key of its own, over
 * a canonical encoding of everything else, entries sorted by name: it catches an entry removed,
 * added, re-dated or replaced by an older copy. Stateless and thread-safe.
 */
public final class VaultFormat {
    /** Value of the {@code format} field. */
    public static final String FORMAT = "vncustoms-credential-vault";
    /** Value of the {@code version} field this SDK writes and reads. */
    public static final int VERSION = 1;
    /** {@code keySource} of a vault keyed from a passphrase with Argon2id. */
    public static final String PASSPHRASE = "passphrase";
    /** {@code keySource} of a vault keyed with a key the integrator supplied. */
    public static final String SUPPLIED_KEY = "supplied-key";
    /** {@code kdf.algorithm} of Argon2id. */
    public static final String ARGON2ID = "argon2id";
    /** Bytes of the vault's random salt. */
    public static final int SALT_LENGTH = 16;

    private static final byte[] KEY_CHECK = "vncustoms credential vault key check".getBytes(StandardCharsets.US_ASCII);
    private static final String KEY_CHECK_AAD = "vncustoms/vault/v1/key-check";
    private static final String ENTRY_AAD = "vncustoms/vault/v1/entry\u0000";

    private VaultFormat() {}

    /**
     * The document.
     *
     * @param format always {@link #FORMAT}
     * @param version always {@link #VERSION}
     * @param keySource {@link #PASSPHRASE} or {@link #SUPPLIED_KEY}
     * @param kdf the key derivation, for a passphrase vault only
     * @param salt the vault's salt, Base64
     * @param keyCheck the sealed key check
     * @param entries the sealed entries
     * @param mac the document's authentication code, Base64
     */
    public record Document(String format, int version, String keySource, Kdf kdf, String salt, Sealed keyCheck,
            List<Entry> entries, String mac) {}

    /**
     * Key-derivation settings.
     *
     * @param algorithm always {@link #ARGON2ID}
     * @param memoryKiB memory
     * @param iterations passes
     * @param parallelism lanes
     */
    public record Kdf(String algorithm, int memoryKiB, int iterations, int parallelism) {}

    /**
     * A sealed value.
     *
     * @param nonce the GCM nonce, Base64
     * @param ciphertext the ciphertext and tag, Base64
     */
    public record Sealed(String nonce, String ciphertext) {}

    /**
     * A sealed entry.
     *
     * @param name the entry's name
     * @param updatedAt when it was last stored
     * @param nonce the GCM nonce, Base64
     * @param ciphertext the ciphertext and tag, Base64
     */
    public record Entry(String name, Instant updatedAt, String nonce, String ciphertext) {}

    /**
     * Returns the fixed text the key check seals.
     *
     * @return a new array
     */
    public static byte[] keyCheckPlaintext() {
        return KEY_CHECK.clone();
    }

    /**
     * Returns the associated data of the key check.
     *
     * @return a new array
     */
    public static byte[] keyCheckAad() {
        return KEY_CHECK_AAD.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Returns the associated data that binds an entry's ciphertext to its name.
     *
     * @param name the entry's name
     * @return a new array
     */
    public static byte[] entryAad(String name) {
        return (ENTRY_AAD + name).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the document as indented JSON.
     *
     * @param document the document
     * @return the JSON text
     */
    public static String write(Document document) {
        try {
            return CustomsJson.writer().withDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A vault document could not be written as JSON", e);
        }
    }

    /**
     * Reads a document. The exception never quotes the input: a file handed over by mistake might
     * hold plaintext passwords.
     *
     * @param json the JSON text
     * @return the document, with format and version checked
     * @throws ValidationException if the text is not a vault document this SDK reads
     */
    public static Document read(String json) {
        Document document;
        try {
            document = CustomsJson.reader(Document.class).readValue(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ValidationException("vault", "Text is not a vault document"
                    + (at == null ? "" : " (the problem is at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                    + ": expected the JSON that CredentialVault.exportJson() writes");
        }
        if (document == null || !FORMAT.equals(document.format())) {
            throw new ValidationException("vault", "Document is not a credential vault (its format is not '" + FORMAT
                    + "'): expected the JSON that CredentialVault.exportJson() writes");
        }
        if (document.version() != VERSION) {
            throw new ValidationException("vault", "Vault document has version " + document.version()
                    + ", which this SDK does not read: expected version " + VERSION);
        }
        List<String> missing = missing(document);
        if (!missing.isEmpty()) {
            throw new ValidationException("vault", "Vault document lacks " + String.join(", ", missing)
                    + ": expected every field that CredentialVault.exportJson() writes");
        }
        return document;
    }

    private static List<String> missing(Document d) {
        List<String> out = new ArrayList<>();
        if (d.keySource() == null) {
            out.add("'keySource'");
        }
        if (d.salt() == null) {
            out.add("'salt'");
        }
        if (d.keyCheck() == null || d.keyCheck().nonce() == null || d.keyCheck().ciphertext() == null) {
            out.add("'keyCheck'");
        }
        if (d.entries() == null) {
            out.add("'entries'");
        }
        if (d.mac() == null) {
            out.add("'mac'");
        }
        if (PASSPHRASE.equals(d.keySource()) && d.kdf() == null) {
            out.add("'kdf'");
        }
        if (d.entries() != null) {
            for (Entry e : d.entries()) {
                if (e == null || e.name() == null || e.updatedAt() == null || e.nonce() == null || e.ciphertext() == null) {
                    out.add("a field of entry " + (d.entries().indexOf(e) + 1));
                }
            }
        }
        return out;
    }

    /**
     * Decodes a Base64 field of a document.
     *
     * @param what the field, for people, e.g. {@code "entry 'camera-1' ciphertext"}
     * @param base64 the text
     * @return the bytes
     * @throws IntegrityException if the text is not Base64: the document was altered
     */
    public static byte[] decode(String what, String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IntegrityException("Vault document's " + what + " is not Base64: the document was altered or"
                    + " damaged; expected it exactly as CredentialVault.exportJson() wrote it");
        }
    }

    /**
     * Encodes bytes for a document.
     *
     * @param bytes the bytes
     * @return standard Base64
     */
    public static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * Returns the canonical encoding of everything in a document but its {@code mac}: what the mac
     * authenticates. Entries are taken in name order, binary fields decoded.
     *
     * @param d the document; every field present
     * @return the bytes to authenticate
     * @throws IntegrityException if a binary field is not Base64
     */
    public static byte[] canonical(Document d) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block(out, "vncustoms/vault/v1/document".getBytes(StandardCharsets.US_ASCII));
            block(out, d.format().getBytes(StandardCharsets.UTF_8));
            out.writeInt(d.version());
            block(out, d.keySource().getBytes(StandardCharsets.UTF_8));
            out.writeBoolean(d.kdf() != null);
            if (d.kdf() != null) {
                block(out, String.valueOf(d.kdf().algorithm()).getBytes(StandardCharsets.UTF_8));
                out.writeInt(d.kdf().memoryKiB());
                out.writeInt(d.kdf().iterations());
                out.writeInt(d.kdf().parallelism());
            }
            block(out, decode("salt", d.salt()));
            block(out, decode("key check nonce", d.keyCheck().nonce()));
            block(out, decode("key check ciphertext", d.keyCheck().ciphertext()));
            List<Entry> entries = new ArrayList<>(d.entries());
            entries.sort(Comparator.comparing(Entry::name));
            out.writeInt(entries.size());
            for (Entry e : entries) {
                block(out, e.name().getBytes(StandardCharsets.UTF_8));
                block(out, e.updatedAt().toString().getBytes(StandardCharsets.US_ASCII));
                block(out, decode("entry '" + e.name() + "' nonce", e.nonce()));
                block(out, decode("entry '" + e.name() + "' ciphertext", e.ciphertext()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void block(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
