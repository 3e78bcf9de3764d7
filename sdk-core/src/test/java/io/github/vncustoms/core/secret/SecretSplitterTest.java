package io.github.vncustoms.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vncustoms.core.error.ErrorCode;
import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.ValidationException;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VAL-21: administrator passwords split between different people; wrong and missing parts are reported clearly. */
final class SecretSplitterTest {
    private static final List<String> OFFICERS = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Chi");

    private final SecretSplitter splitter = SecretSplitter.create();

    private static Secret password() {
        return Secret.of("Quản-trị-HQ-2026!".toCharArray());
    }

    @Test
    void val21_departmentAdminPassword_inTwoParts_forTwoDifferentPeople_needsBothParts() {
        SplitSecret split = splitter.splitBetween("cuc-hq-hcm/db-admin", password(), "Phạm Văn Dũng", "Hoàng Thị Em");

        assertThat(split.scheme()).isEqualTo(SplitScheme.XOR);
        assertThat(split.holders()).containsExactly("Phạm Văn Dũng", "Hoàng Thị Em");
        assertThat(split.shares()).extracting(SecretShare::index).containsExactly(1, 2);
        assertThat(splitter.combine(split.shares()).contentEquals(password())).isTrue();
        assertThatThrownBy(() -> splitter.combine(List.of(split.shares().get(1))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Only 1 of the 2 parts needed to recombine secret 'cuc-hq-hcm/db-admin'")
                .hasMessageContaining("'Hoàng Thị Em' (index 2)")
                .hasMessageContaining("so 1 more");
    }

    @Test
    void twoOfThree_usesShamir_andAnyTwoOfficersRecombine() {
        SplitSecret split = splitter.split("hq-db-admin", password(), 2, OFFICERS);

        assertThat(split.scheme()).isEqualTo(SplitScheme.SHAMIR);
        assertThat(split.total()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                List<SecretShare> pair = List.of(split.shares().get(j), split.shares().get(i));
                assertThat(splitter.combine(pair).contentEquals(password())).isTrue();
            }
        }
    }

    @Test
    void theSamePersonTwice_isRefused_evenWrittenDifferently() {
        String nfd = Normalizer.normalize("nguyễn văn an", Normalizer.Form.NFD);

        assertThatThrownBy(() -> splitter.split("hq-db-admin", password(), 2, List.of("Nguyễn Văn An", "Lê Chi", nfd)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Holder 'nguyễn văn an' is named twice (parts 1 and 3)")
                .hasMessageContaining("different person")
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("holders");
    }

    @Test
    void aSplitNeedsAtLeastTwoHolders_andAThresholdFrom2ToN() {
        assertThatThrownBy(() -> splitter.split("hq-db-admin", password(), 1, List.of("An")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("1 holder(s) named: expected 2 to 255");
        assertThatThrownBy(() -> splitter.split("hq-db-admin", password(), 1, OFFICERS))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Threshold 1 does not fit 3 holders");
        assertThatThrownBy(() -> splitter.split("hq-db-admin", password(), 4, OFFICERS))
                .isInstanceOf(ValidationException.class).hasMessageContaining("expected 2 to 3");
        assertThatThrownBy(() -> splitter.split(" ", password(), 2, OFFICERS))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Secret identifier is blank");
        assertThatThrownBy(() -> splitter.split("id", password(), 2, List.of("An", " ")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Holder is blank");
    }

    @Test
    void anEmptyOrOverlongSecret_isRefused() {
        assertThatThrownBy(() -> splitter.split("id", Secret.of(new byte[0]), 2, OFFICERS))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Secret is empty: expected 1 to 1024 bytes");
        assertThatThrownBy(() -> splitter.split("id", Secret.of(new byte[1025]), 2, OFFICERS))
                .isInstanceOf(ValidationException.class).hasMessageContaining("longer than 1024 bytes");
        assertThat(splitter.combine(splitter.split("id", Secret.of(new byte[1024]), 2, OFFICERS).shares())
                .revealBytes()).hasSize(1024);
    }

    @Test
    void partsHideTheLengthOfShortPasswords() {
        int a = splitter.split("id", Secret.of("abc".toCharArray()), 2, OFFICERS).shares().get(0).value().length;
        int b = splitter.split("id", Secret.of("a-much-longer-password".toCharArray()), 2, OFFICERS).shares().get(0)
                .value().length;
        assertThat(a).isEqualTo(b);
    }

    @Test
    void aCorruptedPart_amongAllThree_isNamedByItsHolder() {
        SplitSecret split = splitter.split("hq-db-admin", password(), 2, OFFICERS);
        SecretShare chi = split.shares().get(2);
        byte[] value = chi.value();
        value[5] ^= 0x10;
        SecretShare corrupted = new SecretShare(chi.secretId(), chi.holder(), chi.index(), chi.threshold(), chi.total(),
                chi.scheme(), chi.commitment(), value);

        WrongShareException e = catchThrowableOfType(WrongShareException.class,
                () -> splitter.combine(List.of(split.shares().get(0), split.shares().get(1), corrupted)));

        assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY);
        assertThat(e).isInstanceOf(IntegrityException.class);
        assertThat(e.wrongHolders()).containsExactly("Lê Chi");
        assertThat(e.getMessage()).contains("The part of 'Lê Chi' (index 3) for secret 'hq-db-admin' is wrong")
                .contains("ask its holder for the original");
    }

    @Test
    void aCorruptedPart_withExactlyTwoOfThree_isDetected_andOneMorePartIsAskedFor() {
        SplitSecret split = splitter.split("hq-db-admin", password(), 2, OFFICERS);
        SecretShare an = split.shares().get(0);
        byte[] value = an.value();
        value[0] ^= 1;
        SecretShare corrupted = new SecretShare(an.secretId(), an.holder(), an.index(), an.threshold(), an.total(),
                an.scheme(), an.commitment(), value);

        WrongShareException e = catchThrowableOfType(WrongShareException.class,
                () -> splitter.combine(List.of(corrupted, split.shares().get(1))));

        assertThat(e.wrongHolders()).isEmpty();
        assertThat(e.getMessage()).contains("do not recombine to the secret they were split from")
                .contains("one more part lets the SDK single out the wrong one");
    }

    @Test
    void aPartOfAnotherSecret_isNamed_andSaysWhichSecretItBelongsTo() {
        SplitSecret db = splitter.split("hq-db-admin", password(), 2, OFFICERS);
        SplitSecret mail = splitter.split("hq-mail-admin", password(), 2, OFFICERS);

        WrongShareException e = catchThrowableOfType(WrongShareException.class, () -> splitter.combine(
                List.of(db.shares().get(0), db.shares().get(1), mail.shares().get(2))));

        assertThat(e.wrongHolders()).containsExactly("Lê Chi");
        assertThat(e.getMessage()).contains("the part of 'Lê Chi' (index 3) belongs to secret 'hq-mail-admin'");
    }

    @Test
    void aPartOfAnEarlierSplitOfTheSameSecret_isNamed() {
        SplitSecret before = splitter.split("hq-db-admin", password(), 2, OFFICERS);
        SplitSecret after = splitter.split("hq-db-admin", password(), 2, OFFICERS);

        WrongShareException e = catchThrowableOfType(WrongShareException.class, () -> splitter.combine(
                List.of(after.shares().get(0), after.shares().get(1), before.shares().get(2))));

        assertThat(e.wrongHolders()).containsExactly("Lê Chi");
        assertThat(e.getMessage()).contains("comes from another split of the same secret");
    }

    @Test
    void twoPartsOfTwoDifferentSecrets_haveNoMajority_andTheMessageSaysSo() {
        SplitSecret db = splitter.split("hq-db-admin", password(), 2, OFFICERS);
        SplitSecret mail = splitter.split("hq-mail-admin", password(), 2, OFFICERS);

        WrongShareException e = catchThrowableOfType(WrongShareException.class,
                () -> splitter.combine(List.of(db.shares().get(0), mail.shares().get(1))));

        assertThat(e.wrongHolders()).isEmpty();
        assertThat(e.getMessage()).contains("come from 2 different splits and none has more parts than the others");
    }

    @Test
    void theSamePartTwice_isABadRequest_notAWrongPart() {
        SplitSecret split = splitter.split("hq-db-admin", password(), 2, OFFICERS);
        SecretShare an = split.shares().get(0);

        assertThatThrownBy(() -> splitter.combine(List.of(an, SecretShare.parse(an.toText()))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("The part of 'Nguyễn Văn An' (index 1 of secret 'hq-db-admin') was supplied 2 times");
    }

    @Test
    void twoDifferentPartsClaimingOneIndex_areAWrongPart() {
        SplitSecret split = splitter.split("hq-db-admin", password(), 2, OFFICERS);
        SecretShare binh = split.shares().get(1);
        SecretShare relabelled = new SecretShare(binh.secretId(), binh.holder(), 1, binh.threshold(), binh.total(),
                binh.scheme(), binh.commitment(), binh.value());

        assertThatThrownBy(() -> splitter.combine(List.of(split.shares().get(0), relabelled)))
                .isInstanceOf(WrongShareException.class).hasMessageContaining("all claim index 1");
    }

    @Test
    void noPartAtAll_isABadRequest() {
        assertThatThrownBy(() -> splitter.combine(List.of())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("No parts were supplied");
    }

    @Test
    void theTextForm_isPrefixedGroupedBase32_andIgnoresCaseAndSpacing() {
        SecretShare part = splitter.split("hq-db-admin", password(), 2, OFFICERS).shares().get(1);
        String text = part.toText();

        assertThat(text).startsWith("VNCS1-").matches("VNCS1(-[A-Z2-7]{1,5})+");
        assertThat(text.substring(6).split("-")).allSatisfy(g -> assertThat(g.length()).isLessThanOrEqualTo(5));
        assertThat(SecretShare.parse("  " + text.toLowerCase(java.util.Locale.ROOT).replace('-', '\n') + " "))
                .isEqualTo(part);
        assertThat(SecretShare.isValid(text)).isTrue();
        assertThat(SecretShare.isValid(null)).isFalse();
    }

    @Test
    void textThatIsNotAPart_isAValidationError_withoutQuotingIt() {
        assertThatThrownBy(() -> SecretShare.parse("Quản-trị-HQ-2026!")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a secret share").hasMessageNotContaining("Quản");
        assertThatThrownBy(() -> SecretShare.parse("VNCS2-AAAAA")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("format version");
        assertThatThrownBy(() -> SecretShare.parse("VNCS1-AAAA0")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not Base32 at position 5");
        assertThatThrownBy(() -> SecretShare.parse("VNCS1-AAAAA-AAA")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("cut short");
    }

    @Test
    void aMistypedCharacter_failsTheChecksum_andCombineTextsSaysWhichText() {
        SplitSecret split = splitter.split("hq-db-admin", password(), 2, OFFICERS);
        String good = split.shares().get(0).toText();
        int at = 8;
        String mistyped = good.substring(0, at) + (good.charAt(at) == 'A' ? 'B' : 'A') + good.substring(at + 1);

        assertThatThrownBy(() -> SecretShare.parse(mistyped)).isInstanceOf(IntegrityException.class)
                .hasMessageContaining("fails its checksum");
        assertThatThrownBy(() -> splitter.combineTexts(List.of(split.shares().get(1).toText(), mistyped)))
                .isInstanceOf(IntegrityException.class).hasMessageStartingWith("Text 2 of 2: Share text fails its checksum");
        assertThatThrownBy(() -> splitter.combineTexts(List.of("hello", mistyped)))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("Text 1 of 2: Text is not a secret share");
    }

    @Test
    void aPartKnowsItsHolder_andSplitSecretFindsIt_ignoringCase() {
        SplitSecret split = splitter.split("hq-db-admin", password(), 2, OFFICERS);

        assertThat(split.shareOf("lê chi")).hasValueSatisfying(s -> assertThat(s.index()).isEqualTo(3));
        assertThat(split.shareOf("Someone Else")).isEmpty();
        assertThat(split.shares().get(0).sameSplitAs(split.shares().get(2))).isTrue();
        assertThat(split.shares().get(0)).hasToString(
                "SecretShare[secretId=hq-db-admin, holder=Nguyễn Văn An, part 1 of 3, threshold 2, SHAMIR, value=***]");
        assertThat(split).hasToString("SplitSecret[hq-db-admin, 2 of 3, SHAMIR, holders=[Nguyễn Văn An, Trần Thị Bình, Lê Chi]]");
    }

    @Test
    void aPartRecord_validatesItsNumbers() {
        byte[] commitment = new byte[16];
        byte[] value = new byte[64];
        assertThatThrownBy(() -> new SecretShare("id", "An", 4, 2, 3, SplitScheme.SHAMIR, commitment, value))
                .isInstanceOf(ValidationException.class).hasMessageContaining("has index 4: expected 1 to 3");
        assertThatThrownBy(() -> new SecretShare("id", "An", 1, 2, 3, SplitScheme.XOR, commitment, value))
                .isInstanceOf(ValidationException.class).hasMessageContaining("expected XOR parts to need all parts");
        assertThatThrownBy(() -> new SecretShare("id", "An", 1, 2, 3, SplitScheme.SHAMIR, new byte[3], value))
                .isInstanceOf(ValidationException.class).hasMessageContaining("expected 16 bytes");
        assertThatThrownBy(() -> new SecretShare("id", "An", 1, 1, 3, SplitScheme.SHAMIR, commitment, value))
                .isInstanceOf(ValidationException.class).hasMessageContaining("expected a threshold from 2 to 3");
    }

    @Test
    void aPartRecord_copiesItsArrays() {
        byte[] value = new byte[64];
        SecretShare part = new SecretShare("id", "An", 1, 2, 3, SplitScheme.SHAMIR, new byte[16], value);
        value[0] = 1;
        part.value()[1] = 1;
        assertThat(part.value()).containsOnly(0);
    }
}
