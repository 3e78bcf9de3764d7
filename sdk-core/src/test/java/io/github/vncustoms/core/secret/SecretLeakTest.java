package io.github.vncustoms.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vncustoms.core.json.CustomsJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CAM-15 ("accounts must not leak") and VAL-21: a known secret, its parts and the passphrase never
 * appear in an exception message (or anywhere in its stack trace text), in any {@code toString()},
 * or in clear in the exported vault, whichever error path is forced.
 */
final class SecretLeakTest {
    private static final String SECRET = "Bí-mật-camera-7Q!xZ";
    private static final String PASSPHRASE = "cụm từ mật khẩu dài";
    private static final String SHORT_PASSPHRASE = "Ngắn-7";
    /** A secret that a JSON parser would read as one bare token, and might quote back. */
    private static final String TOKEN_SECRET = "BiMatCamera7QxZ";

    private final ObjectMapper json = CustomsJson.newMapper();
    private final SecretSplitter splitter = SecretSplitter.create();

    private static CredentialVault.Builder builder() {
        return CredentialVault.builder().argon2(Argon2Settings.minimum())
                .clock(Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneOffset.UTC));
    }

    private static Secret secret() {
        return Secret.of(SECRET.toCharArray());
    }

    /** The forbidden texts: the secret and passphrases as typed, as Base64 and as hex of their UTF-8. */
    private static List<String> forbidden(List<String> extra) {
        List<String> out = new ArrayList<>(extra);
        for (String s : List.of(SECRET, PASSPHRASE, SHORT_PASSPHRASE, TOKEN_SECRET)) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.add(s);
            out.add(Base64.getEncoder().encodeToString(utf8));
            out.add(HexFormat.of().formatHex(utf8));
        }
        return out;
    }

    private static void assertLeaksNothing(String where, String text, List<String> forbidden) {
        for (String f : forbidden) {
            assertThat(text).as("%s must not contain a secret", where).doesNotContain(f);
        }
    }

    private static void assertFailsWithoutLeaking(String path, ThrowingCallable call, List<String> forbidden) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as(path + " must fail").isNotNull();
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertLeaksNothing(path + ": message of " + t.getClass().getSimpleName(), String.valueOf(t.getMessage()),
                    forbidden);
            assertLeaksNothing(path + ": toString of " + t.getClass().getSimpleName(), t.toString(), forbidden);
        }
        assertLeaksNothing(path + ": stack trace", trace.toString(), forbidden);
    }

    @Test
    void noErrorPathOfTheSplitter_leaksTheSecretOrAPart() {
        SplitSecret split = splitter.split("hq-db-admin", secret(), 2, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Chi"));
        SplitSecret twoOfTwo = splitter.splitBetween("dept-admin", secret(), "An", "Bình");
        List<String> partTexts = new ArrayList<>();
        split.shares().forEach(s -> partTexts.add(s.toText()));
        twoOfTwo.shares().forEach(s -> partTexts.add(s.toText()));
        List<String> forbidden = forbidden(partTexts);
        SecretShare an = split.shares().get(0);
        byte[] value = an.value();
        value[3] ^= 0x40;
        SecretShare corrupted = new SecretShare(an.secretId(), an.holder(), an.index(), an.threshold(), an.total(),
                an.scheme(), an.commitment(), value);
        SplitSecret other = splitter.split("hq-mail-admin", secret(), 2, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Chi"));
        String mistyped = an.toText().substring(0, 9) + (an.toText().charAt(9) == 'A' ? 'B' : 'A') + an.toText().substring(10);

        List<Supplier<ThrowingCallable>> paths = List.of(
                () -> () -> splitter.combine(List.of(an)),
                () -> () -> splitter.combine(List.of(corrupted, split.shares().get(1))),
                () -> () -> splitter.combine(List.of(corrupted, split.shares().get(1), split.shares().get(2))),
                () -> () -> splitter.combine(List.of(an, split.shares().get(1), other.shares().get(2))),
                () -> () -> splitter.combine(List.of(an, other.shares().get(1))),
                () -> () -> splitter.combine(List.of(an, an)),
                () -> () -> splitter.combine(List.of(twoOfTwo.shares().get(0), split.shares().get(1))),
                () -> () -> SecretShare.parse(SECRET),
                () -> () -> SecretShare.parse("VNCS1-" + SECRET),
                () -> () -> SecretShare.parse(mistyped),
                () -> () -> SecretShare.parse(an.toText().substring(0, 40)),
                () -> () -> splitter.combineTexts(List.of(SECRET, an.toText())),
                () -> () -> splitter.combineTexts(List.of(mistyped, split.shares().get(1).toText())),
                () -> () -> splitter.split("id", secret(), 2, List.of("An", "an")),
                () -> () -> splitter.split("id", secret(), 5, List.of("An", "Bình")),
                () -> () -> splitter.split("id", Secret.of(new byte[2000]), 2, List.of("An", "Bình")),
                () -> () -> new SecretShare(an.secretId(), an.holder(), 9, an.threshold(), an.total(), an.scheme(),
                        an.commitment(), an.value()));
        for (int i = 0; i < paths.size(); i++) {
            assertFailsWithoutLeaking("splitter path " + (i + 1), paths.get(i).get(), forbidden);
        }

        for (Object o : List.of(split, twoOfTwo, an, corrupted, secret(), new WrongShareException("m", List.of("An")))) {
            assertLeaksNothing("toString of " + o.getClass().getSimpleName(), o.toString(), forbidden);
        }
    }

    @Test
    void noErrorPathOfTheVault_leaksTheSecretOrThePassphrase(@TempDir Path dir) throws Exception {
        List<String> forbidden = forbidden(List.of());
        CredentialVault vault = builder().passphrase(PASSPHRASE.toCharArray()).build();
        vault.put("camera/nvr-01", secret());
        vault.put("camera/nvr-02", Secret.of(TOKEN_SECRET.toCharArray()));
        Path file = dir.resolve("vault.json");
        vault.exportTo(file);
        String document = Files.readString(file);
        assertLeaksNothing("the exported vault", document, forbidden);

        ObjectNode tampered = (ObjectNode) json.readTree(document);
        ObjectNode entry = (ObjectNode) tampered.get("entries").get(0);
        byte[] ciphertext = Base64.getDecoder().decode(entry.get("ciphertext").asText());
        ciphertext[0] ^= 1;
        entry.put("ciphertext", Base64.getEncoder().encodeToString(ciphertext));
        ObjectNode emptied = (ObjectNode) json.readTree(document);
        emptied.putArray("entries");
        CredentialVault destroyed = builder().passphrase(PASSPHRASE.toCharArray()).open(document);
        destroyed.destroy();

        List<Supplier<ThrowingCallable>> paths = List.of(
                () -> () -> builder().passphrase((PASSPHRASE + "!").toCharArray()).open(document),
                () -> () -> builder().passphrase(PASSPHRASE.toCharArray()).open(json.writeValueAsString(tampered)),
                () -> () -> builder().passphrase(PASSPHRASE.toCharArray()).open(json.writeValueAsString(emptied)),
                () -> () -> builder().passphrase(PASSPHRASE.toCharArray()).open("password=" + SECRET),
                () -> () -> builder().passphrase(PASSPHRASE.toCharArray()).open(TOKEN_SECRET),
                () -> () -> builder().passphrase(PASSPHRASE.toCharArray()).open("{\"x\": " + TOKEN_SECRET + "}"),
                () -> () -> builder().passphrase(PASSPHRASE.toCharArray()).open("{\"format\": \"" + SECRET + "\"}"),
                () -> () -> builder().passphrase(PASSPHRASE.toCharArray()).open("[\"" + SECRET + "\""),
                () -> () -> builder().passphrase(PASSPHRASE.toCharArray()).open(dir.resolve("missing.json")),
                () -> () -> builder().passphrase(SHORT_PASSPHRASE.toCharArray()),
                () -> () -> builder().key(Secret.of(PASSPHRASE.getBytes(StandardCharsets.UTF_8))),
                () -> () -> builder().key(Secret.of(new byte[32])).open(document),
                () -> () -> vault.get("camera/none"),
                () -> () -> vault.put("", secret()),
                () -> () -> destroyed.get("camera/nvr-01"),
                () -> () -> Secret.of(new byte[] {(byte) 0xC3}).revealChars());
        for (int i = 0; i < paths.size(); i++) {
            assertFailsWithoutLeaking("vault path " + (i + 1), paths.get(i).get(), forbidden);
        }

        Secret destroyedSecret = secret();
        destroyedSecret.destroy();
        assertFailsWithoutLeaking("destroyed secret", destroyedSecret::revealChars, forbidden);

        for (Object o : List.of(vault, destroyed, vault.entries().get(0), vault.get("camera/nvr-01"),
                Argon2Settings.minimum())) {
            assertLeaksNothing("toString of " + o.getClass().getSimpleName(), o.toString(), forbidden);
        }
        assertThat(new String(vault.get("camera/nvr-01").revealChars())).isEqualTo(SECRET);
    }
}
