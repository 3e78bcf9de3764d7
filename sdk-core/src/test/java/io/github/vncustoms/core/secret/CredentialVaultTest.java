package io.github.vncustoms.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.json.CustomsJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CAM-15: the credential vault keeps enterprise camera accounts encrypted, refuses a wrong
 * passphrase and any altered byte, and exports a document without plaintext. Argon2id runs at its
 * floor here to keep the tests fast.
 */
final class CredentialVaultTest {
    private static final String PASSPHRASE = "bốn từ khó đoán";
    private static final String NVR = "camera/kcx-tan-thuan/nvr-01";
    private static final String NVR_PASSWORD = "Nvr#Tân-Thuận-01";
    private static final Instant T0 = Instant.parse("2026-03-02T01:30:00Z");

    private final ObjectMapper json = CustomsJson.newMapper();

    private static CredentialVault.Builder builder() {
        return CredentialVault.builder().argon2(Argon2Settings.minimum()).clock(Clock.fixed(T0, ZoneOffset.UTC));
    }

    private static CredentialVault newVault() {
        CredentialVault vault = builder().passphrase(PASSPHRASE.toCharArray()).build();
        vault.put(NVR, Secret.of(NVR_PASSWORD.toCharArray()));
        vault.put("camera/kcx-linh-trung/gate-02", Secret.of("Gate-02-Linh-Trung".toCharArray()));
        return vault;
    }

    private static CredentialVault open(String document) {
        return builder().passphrase(PASSPHRASE.toCharArray()).open(document);
    }

    private static String text(Secret secret) {
        return new String(secret.revealChars());
    }

    @Test
    void put_thenGet_givesBackTheSameSecret() {
        CredentialVault vault = newVault();

        assertThat(text(vault.get(NVR))).isEqualTo(NVR_PASSWORD);
        assertThat(vault.find("camera/unknown")).isEmpty();
        assertThat(vault.names()).containsExactly("camera/kcx-linh-trung/gate-02", NVR);
        assertThat(vault.entries()).containsExactly(new VaultEntry("camera/kcx-linh-trung/gate-02", T0),
                new VaultEntry(NVR, T0));
        assertThat(vault.size()).isEqualTo(2);
        assertThat(vault.contains("  " + NVR + " ")).isTrue();
    }

    @Test
    void put_replacesAnEntry_andRemoveDeletesIt() {
        CredentialVault vault = newVault();
        vault.put(NVR, Secret.of("new-password-2027".toCharArray()));

        assertThat(text(vault.get(NVR))).isEqualTo("new-password-2027");
        assertThat(vault.remove(NVR)).isTrue();
        assertThat(vault.remove(NVR)).isFalse();
        assertThatThrownBy(() -> vault.get(NVR)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Vault holds no entry '" + NVR + "'")
                .hasMessageContaining("[camera/kcx-linh-trung/gate-02]");
    }

    @Test
    void exportToAFile_andOpenWithThePassphrase_givesTheSameSecrets(@TempDir Path dir) throws Exception {
        CredentialVault vault = newVault();
        Path file = dir.resolve("credentials.vault.json");
        vault.exportTo(file);
        vault.exportTo(file); // replacing an existing file works too

        CredentialVault opened = builder().passphrase(PASSPHRASE.toCharArray()).open(file);

        assertThat(opened.names()).isEqualTo(vault.names());
        assertThat(opened.entries()).isEqualTo(vault.entries());
        for (String name : vault.names()) {
            assertThat(opened.get(name).contentEquals(vault.get(name))).isTrue();
        }
        assertThat(Files.list(dir)).containsExactly(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void theExportedFile_holdsNoPlaintext_onlyCiphertextsSaltAndSettings(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("credentials.vault.json");
        newVault().exportTo(file);
        String content = Files.readString(file);

        for (String secret : List.of(NVR_PASSWORD, "Gate-02-Linh-Trung", PASSPHRASE)) {
            byte[] utf8 = secret.getBytes(StandardCharsets.UTF_8);
            assertThat(content).doesNotContain(secret)
                    .doesNotContain(Base64.getEncoder().encodeToString(utf8))
                    .doesNotContain(java.util.HexFormat.of().formatHex(utf8));
        }
        JsonNode doc = json.readTree(content);
        assertThat(doc.get("format").asText()).isEqualTo("vncustoms-credential-vault");
        assertThat(doc.get("keySource").asText()).isEqualTo("passphrase");
        assertThat(doc.get("kdf").get("algorithm").asText()).isEqualTo("argon2id");
        assertThat(doc.get("kdf").get("memoryKiB").asInt()).isEqualTo(19 * 1024);
        assertThat(Base64.getDecoder().decode(doc.get("salt").asText())).hasSize(16);
        assertThat(doc.get("entries")).allSatisfy(e -> {
            assertThat(Base64.getDecoder().decode(e.get("nonce").asText())).hasSize(12);
            assertThat(e.get("updatedAt").asText()).isEqualTo("2026-03-02T01:30:00Z");
        });
    }

    @Test
    void aWrongPassphrase_isAnIntegrityError_sayingThePassphraseIsWrong() {
        String document = newVault().exportJson();

        assertThatThrownBy(() -> builder().passphrase("bốn từ khó đoán?".toCharArray()).open(document))
                .isInstanceOf(IntegrityException.class)
                .hasMessageContaining("The passphrase does not open this vault")
                .hasMessageContaining("expected the passphrase the vault was created with");
    }

    @Test
    void aPassphraseTypedInDecomposedForm_opensTheVault() {
        String document = newVault().exportJson();
        char[] nfd = Normalizer.normalize(PASSPHRASE, Normalizer.Form.NFD).toCharArray();
        assertThat(nfd.length).isGreaterThan(PASSPHRASE.length());

        assertThat(text(builder().passphrase(nfd).open(document).get(NVR))).isEqualTo(NVR_PASSWORD);
    }

    @Test
    void flippingAnyByteOfAStoredCiphertext_isAnIntegrityError_namingTheEntry() throws Exception {
        String document = newVault().exportJson();
        ObjectNode doc = (ObjectNode) json.readTree(document);
        ObjectNode entry = (ObjectNode) doc.get("entries").get(1);
        byte[] ciphertext = Base64.getDecoder().decode(entry.get("ciphertext").asText());

        for (int i : new int[] {0, ciphertext.length / 2, ciphertext.length - 17, ciphertext.length - 1}) {
            byte[] flipped = ciphertext.clone();
            flipped[i] ^= 0x01;
            entry.put("ciphertext", Base64.getEncoder().encodeToString(flipped));
            String tampered = json.writeValueAsString(doc);

            assertThatThrownBy(() -> open(tampered)).as("byte %d", i).isInstanceOf(IntegrityException.class)
                    .hasMessageContaining("Vault entry '" + NVR + "' fails its authentication check");
        }
    }

    @Test
    void aCiphertextMovedToAnotherName_doesNotOpen() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree(newVault().exportJson());
        ArrayNode entries = (ArrayNode) doc.get("entries");
        String first = entries.get(0).get("ciphertext").asText();
        String firstNonce = entries.get(0).get("nonce").asText();
        ((ObjectNode) entries.get(0)).put("ciphertext", entries.get(1).get("ciphertext").asText())
                .put("nonce", entries.get(1).get("nonce").asText());
        ((ObjectNode) entries.get(1)).put("ciphertext", first).put("nonce", firstNonce);

        assertThatThrownBy(() -> open(json.writeValueAsString(doc))).isInstanceOf(IntegrityException.class)
                .hasMessageContaining("fails its authentication check");
    }

    @Test
    void aRemovedOrReDatedEntry_failsTheDocumentsAuthenticationCode() throws Exception {
        ObjectNode removed = (ObjectNode) json.readTree(newVault().exportJson());
        ((ArrayNode) removed.get("entries")).remove(0);
        ObjectNode redated = (ObjectNode) json.readTree(newVault().exportJson());
        ((ObjectNode) redated.get("entries").get(0)).put("updatedAt", "2020-01-01T00:00:00Z");

        for (ObjectNode doc : List.of(removed, redated)) {
            assertThatThrownBy(() -> open(json.writeValueAsString(doc))).isInstanceOf(IntegrityException.class)
                    .hasMessageContaining("fails its authentication code");
        }
    }

    @Test
    void aLoweredKeyDerivationCost_isRefused() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree(newVault().exportJson());
        ((ObjectNode) doc.get("kdf")).put("memoryKiB", 1024);

        assertThatThrownBy(() -> open(json.writeValueAsString(doc))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Argon2id memory of 1024 KiB is out of range");
    }

    @Test
    void aDocumentThatIsNotAVault_isAValidationError_thatNeverQuotesIt() {
        String plaintextFile = "NvrTanThuan01\n";

        assertThatThrownBy(() -> open(plaintextFile)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Text is not a vault document (the problem is at line 1")
                .hasMessageNotContaining("NvrTanThuan01")
                .hasNoCause();
        assertThatThrownBy(() -> open("{\"format\":\"other\"}")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not a credential vault");
        assertThatThrownBy(() -> open("{\"format\":\"vncustoms-credential-vault\",\"version\":2}"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("version 2");
        assertThatThrownBy(() -> open("{\"format\":\"vncustoms-credential-vault\",\"version\":1}"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("lacks 'keySource', 'salt'");
    }

    @Test
    void aMissingFile_isAValidationErrorNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("none.json");

        assertThatThrownBy(() -> builder().passphrase(PASSPHRASE.toCharArray()).open(missing))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Vault file " + missing + " could not be read (NoSuchFileException)");
    }

    @Test
    void aVaultWithASuppliedKey_opensOnlyWithThatKey_andNeverWithAPassphrase() {
        byte[] keyBytes = new byte[32];
        new java.security.SecureRandom().nextBytes(keyBytes);
        CredentialVault vault = builder().key(Secret.of(keyBytes)).build();
        vault.put(NVR, Secret.of(NVR_PASSWORD.toCharArray()));
        String document = vault.exportJson();

        assertThat(text(builder().key(Secret.of(keyBytes)).open(document).get(NVR))).isEqualTo(NVR_PASSWORD);
        assertThat(document).doesNotContain("\"kdf\"");
        byte[] otherKey = keyBytes.clone();
        otherKey[0] ^= 1;
        assertThatThrownBy(() -> builder().key(Secret.of(otherKey)).open(document))
                .isInstanceOf(IntegrityException.class).hasMessageContaining("The key does not open this vault");
        assertThatThrownBy(() -> open(document)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Vault was sealed with a supplied key: expected key(...)");
        assertThatThrownBy(() -> builder().key(Secret.of(new byte[16]))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected a random 256-bit key");
    }

    @Test
    void everyByteOfAKeyedVaultsCiphertext_isProtected() throws Exception {
        byte[] keyBytes = new byte[32];
        Arrays.fill(keyBytes, (byte) 7);
        CredentialVault vault = builder().key(Secret.of(keyBytes)).build();
        vault.put(NVR, Secret.of(NVR_PASSWORD.toCharArray()));
        ObjectNode doc = (ObjectNode) json.readTree(vault.exportJson());
        ObjectNode entry = (ObjectNode) doc.get("entries").get(0);
        String original = entry.get("ciphertext").asText();
        byte[] ciphertext = Base64.getDecoder().decode(original);

        for (int i = 0; i < ciphertext.length; i++) {
            for (int bit : new int[] {0x01, 0x80}) {
                byte[] flipped = ciphertext.clone();
                flipped[i] ^= (byte) bit;
                entry.put("ciphertext", Base64.getEncoder().encodeToString(flipped));
                String tampered = json.writeValueAsString(doc);
                assertThatThrownBy(() -> builder().key(Secret.of(keyBytes)).open(tampered)).as("byte %d bit %x", i, bit)
                        .isInstanceOf(IntegrityException.class);
            }
        }
        entry.put("ciphertext", original);
        assertThat(text(builder().key(Secret.of(keyBytes)).open(json.writeValueAsString(doc)).get(NVR)))
                .isEqualTo(NVR_PASSWORD);
    }

    @Test
    void argon2Settings_haveRealisticDefaults_andAFloor() {
        assertThat(Argon2Settings.defaults()).isEqualTo(Argon2Settings.of(65_536, 3, 1));
        assertThat(Argon2Settings.defaults()).hasToString("Argon2id(m=65536 KiB, t=3, p=1)");
        assertThat(Argon2Settings.minimum()).isEqualTo(Argon2Settings.of(19_456, 2, 1));
        assertThatThrownBy(() -> Argon2Settings.of(19_455, 2, 1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("OWASP floor");
        assertThatThrownBy(() -> Argon2Settings.of(19_456, 1, 1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("pass count 1");
        assertThatThrownBy(() -> Argon2Settings.of(19_456, 2, 0)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("lane count 0");
    }

    @Test
    void theBuilder_refusesAShortPassphrase_noKey_andASecondUse() {
        assertThatThrownBy(() -> builder().passphrase("short".toCharArray())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("shorter than 8 characters");
        assertThatThrownBy(() -> builder().build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Neither a passphrase nor a key was given");
        CredentialVault.Builder once = builder().passphrase(PASSPHRASE.toCharArray());
        once.build();
        assertThatThrownBy(once::build).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("expected a new builder for each vault");
    }

    @Test
    void theBuilder_copiesThePassphrase_soTheCallerMayZeroItsArrayAtOnce() {
        char[] typed = PASSPHRASE.toCharArray();
        CredentialVault.Builder b = builder().passphrase(typed);
        Arrays.fill(typed, '\0');
        String document = b.build().exportJson();

        assertThat(open(document).size()).isZero();
    }

    @Test
    void entryNames_areCheckedAndNormalised() {
        CredentialVault vault = builder().passphrase(PASSPHRASE.toCharArray()).build();

        assertThatThrownBy(() -> vault.put(" ", Secret.of("x".toCharArray()))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Entry name is blank");
        assertThatThrownBy(() -> vault.put("a\tb\u0007", Secret.of("x".toCharArray())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("control character");
        assertThatThrownBy(() -> vault.put("x".repeat(201), Secret.of("x".toCharArray())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("expected at most 200");
        vault.put(Normalizer.normalize("camera/Tân Thuận", Normalizer.Form.NFD), Secret.of("x".toCharArray()));
        assertThat(vault.contains("camera/Tân Thuận")).isTrue();
    }

    @Test
    void aDestroyedVault_refusesEveryOperation() {
        CredentialVault vault = newVault();
        vault.destroy();
        vault.destroy();

        assertThat(vault.isDestroyed()).isTrue();
        assertThat(vault).hasToString("CredentialVault[destroyed]");
        assertThatThrownBy(() -> vault.get(NVR)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("Vault was destroyed");
        assertThatThrownBy(() -> vault.put(NVR, Secret.of("x".toCharArray()))).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(vault::exportJson).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(vault::names).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void toString_showsCountsAndSettings_neverASecret() {
        CredentialVault vault = newVault();

        assertThat(vault).hasToString("CredentialVault[2 entries, passphrase, Argon2id(m=19456 KiB, t=2, p=1)]");
    }

    @Test
    void concurrentPutsAndGets_loseNothing_andTheExportIsConsistent() throws Exception {
        CredentialVault vault = builder().passphrase(PASSPHRASE.toCharArray()).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        String name = "camera/t" + thread + "/cam-" + i;
                        vault.put(name, Secret.of(("pw-" + thread + "-" + i).toCharArray()));
                        assertThat(text(vault.get(name))).isEqualTo("pw-" + thread + "-" + i);
                        vault.exportJson();
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        CredentialVault opened = open(vault.exportJson());
        assertThat(opened.size()).isEqualTo(200);
        assertThat(text(opened.get("camera/t3/cam-49"))).isEqualTo("pw-3-49");
    }
}
