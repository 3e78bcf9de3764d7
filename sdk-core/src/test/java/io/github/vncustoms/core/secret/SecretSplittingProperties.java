package io.github.vncustoms.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * VAL-21 split knowledge, as properties: for any secret and any k of n (2..10), k or more distinct
 * parts recombine it, fewer are refused, and a wrong part (from another secret, another split,
 * corrupted, or re-indexed) is detected.
 */
final class SecretSplittingProperties {
    private final SecretSplitter splitter = SecretSplitter.create();

    /** A secret, a k-of-n split, and an order in which to pick parts; {@code picked} parts are used. */
    record Case(byte[] secret, int k, int n, List<Integer> order, int picked) {
        List<String> holders() {
            return IntStream.rangeClosed(1, n).mapToObj(i -> "Cán bộ " + i).toList();
        }

        List<SecretShare> pick(SplitSecret split, int count) {
            return order.subList(0, count).stream().map(i -> split.shares().get(i)).toList();
        }

        @Override
        public String toString() {
            return "Case[" + secret.length + " bytes, " + k + " of " + n + ", order " + order + ", picked " + picked + "]";
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers().between(2, 10).flatMap(n -> Arbitraries.integers().between(2, n).flatMap(k ->
                Combinators.combine(
                        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(100),
                        Arbitraries.shuffle(IntStream.range(0, n).boxed().toList()),
                        Arbitraries.integers().between(k, n))
                        .as((secret, order, picked) -> new Case(secret, k, n, order, picked))));
    }

    @Property(tries = 300)
    void any_k_or_more_distinct_parts_recombine_to_the_secret(@ForAll("cases") Case c) {
        SplitSecret split = splitter.split("hq-db-admin", Secret.of(c.secret()), c.k(), c.holders());

        Secret recovered = splitter.combine(c.pick(split, c.picked()));

        assertThat(recovered.revealBytes()).isEqualTo(c.secret());
        assertThat(split.scheme()).isEqualTo(c.k() == c.n() ? SplitScheme.XOR : SplitScheme.SHAMIR);
    }

    @Property(tries = 300)
    void any_k_minus_one_parts_are_refused_saying_how_many_more_are_needed(@ForAll("cases") Case c) {
        SplitSecret split = splitter.split("hq-db-admin", Secret.of(c.secret()), c.k(), c.holders());
        int tooFew = c.k() - 1;

        assertThatThrownBy(() -> splitter.combine(c.pick(split, tooFew)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Only " + tooFew + " of the " + c.k() + " parts needed")
                .hasMessageContaining("so 1 more");
    }

    @Property(tries = 300)
    void replacing_one_part_by_the_same_index_of_another_secret_is_detected(@ForAll("cases") Case c,
            @ForAll boolean sameIdentifier, @ForAll @IntRange(min = 0, max = 9) int victim) {
        SplitSecret split = splitter.split("hq-db-admin", Secret.of(c.secret()), c.k(), c.holders());
        SplitSecret other = splitter.split(sameIdentifier ? "hq-db-admin" : "hq-mail-admin",
                Secret.of(c.secret()), c.k(), c.holders());
        List<SecretShare> parts = new ArrayList<>(c.pick(split, c.picked()));
        int replaced = victim % parts.size();
        SecretShare intruder = other.shares().get(parts.get(replaced).index() - 1);
        parts.set(replaced, intruder);

        WrongShareException e = catchThrowableOfType(WrongShareException.class, () -> splitter.combine(parts));

        assertThat(e).isNotNull();
        if (parts.size() >= 3) {
            // With a majority of good parts the intruder is singled out by holder.
            assertThat(e.wrongHolders()).containsExactly(intruder.holder());
            assertThat(e.getMessage()).contains(intruder.holder());
        }
    }

    @Property(tries = 300)
    void a_corrupted_part_is_detected_and_singled_out_when_a_spare_part_is_supplied(@ForAll("cases") Case c,
            @ForAll @IntRange(min = 0, max = 9) int victim, @ForAll @IntRange(min = 0, max = 10_000) int position,
            @ForAll @IntRange(min = 1, max = 255) int flip) {
        SplitSecret split = splitter.split("hq-db-admin", Secret.of(c.secret()), c.k(), c.holders());
        List<SecretShare> parts = new ArrayList<>(c.pick(split, c.picked()));
        int replaced = victim % parts.size();
        SecretShare good = parts.get(replaced);
        byte[] value = good.value();
        value[position % value.length] ^= (byte) flip;
        SecretShare corrupted = new SecretShare(good.secretId(), good.holder(), good.index(), good.threshold(),
                good.total(), good.scheme(), good.commitment(), value);
        parts.set(replaced, corrupted);

        WrongShareException e = catchThrowableOfType(WrongShareException.class, () -> splitter.combine(parts));

        assertThat(e).isNotNull();
        if (parts.size() > c.k()) {
            assertThat(e.wrongHolders()).containsExactly(good.holder());
        } else {
            assertThat(e.wrongHolders()).isEmpty();
            assertThat(e.getMessage()).contains("at least one of them is wrong");
        }
    }

    @Property(tries = 300)
    void a_part_given_a_wrong_index_is_detected(@ForAll("cases") Case c,
            @ForAll @IntRange(min = 0, max = 9) int victim, @ForAll @IntRange(min = 1, max = 9) int shift) {
        SplitSecret split = splitter.split("hq-db-admin", Secret.of(c.secret()), c.k(), c.holders());
        List<SecretShare> parts = new ArrayList<>(c.pick(split, c.picked()));
        int replaced = victim % parts.size();
        SecretShare good = parts.get(replaced);
        int wrongIndex = (good.index() - 1 + 1 + shift % (c.n() - 1)) % c.n() + 1;
        parts.set(replaced, new SecretShare(good.secretId(), good.holder(), wrongIndex, good.threshold(), good.total(),
                good.scheme(), good.commitment(), good.value()));

        assertThatThrownBy(() -> splitter.combine(parts)).isInstanceOf(WrongShareException.class);
    }

    @Property(tries = 300)
    void a_two_of_two_split_round_trips_and_either_part_alone_is_refused(
            @ForAll("secrets") byte[] secret, @ForAll boolean reversed) {
        SplitSecret split = splitter.splitBetween("dept-server-admin", Secret.of(secret), "Phạm Văn Dũng", "Hoàng Thị Em");
        List<SecretShare> parts = new ArrayList<>(split.shares());
        if (reversed) {
            java.util.Collections.reverse(parts);
        }

        assertThat(split.scheme()).isEqualTo(SplitScheme.XOR);
        assertThat(splitter.combine(parts).revealBytes()).isEqualTo(secret);
        assertThatThrownBy(() -> splitter.combine(parts.subList(0, 1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("so 1 more");
    }

    @Property(tries = 300)
    void the_text_form_of_a_part_reads_back_as_the_same_part(@ForAll("cases") Case c) {
        SplitSecret split = splitter.split("hq-db-admin", Secret.of(c.secret()), c.k(), c.holders());
        List<String> texts = c.pick(split, c.picked()).stream().map(SecretShare::toText).toList();

        for (SecretShare part : split.shares()) {
            assertThat(SecretShare.parse(part.toText())).isEqualTo(part);
            assertThat(SecretShare.parse(part.toText().toLowerCase(java.util.Locale.ROOT).replace("-", " ")))
                    .isEqualTo(part);
        }
        assertThat(splitter.combineTexts(texts).revealBytes()).isEqualTo(c.secret());
    }

    @Property(tries = 500)
    void a_mistyped_character_in_the_text_form_never_yields_a_different_part(@ForAll("cases") Case c,
            @ForAll @IntRange(min = 0, max = 100_000) int position, @ForAll @IntRange(min = 1, max = 31) int shift) {
        SplitSecret split = splitter.split("hq-db-admin", Secret.of(c.secret()), c.k(), c.holders());
        SecretShare part = split.shares().get(0);
        String text = part.toText();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        List<Integer> letters = IntStream.range("VNCS1-".length(), text.length())
                .filter(i -> text.charAt(i) != '-').boxed().toList();
        int at = letters.get(position % letters.size());
        char typo = alphabet.charAt((alphabet.indexOf(text.charAt(at)) + shift) % 32);
        String mistyped = text.substring(0, at) + typo + text.substring(at + 1);

        try {
            // Only the unused low bits of the last Base32 character can change without changing the bytes.
            assertThat(SecretShare.parse(mistyped)).isEqualTo(part);
        } catch (IntegrityException | ValidationException expected) {
            assertThat(SecretShare.isValid(mistyped)).isFalse();
        }
    }

    @Provide
    Arbitrary<byte[]> secrets() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(1024);
    }
}
