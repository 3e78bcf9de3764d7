package io.github.vncustoms.monitoring.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link FileApplied#VERSION_ORDER}, by which an applied version older than the current one is
 * detected (MON-T-03, MON-T-04): digit runs compare as numbers, the rest as text, and the order is
 * a total order on any strings (ties only between spellings of the same numbers, such as
 * {@code "01"} and {@code "1"}).
 */
final class VersionOrderProperties {
    private static final Comparator<String> ORDER = FileApplied.VERSION_ORDER;

    @Example
    @Label("MON-T-03: digit runs compare as numbers: 2.10 is after 2.9, 20261120-2 after 20261120-1")
    void digitRuns_compareAsNumbers() {
        assertThat(ORDER.compare("2.10", "2.9")).isPositive();
        assertThat(ORDER.compare("20261120-2", "20261120-1")).isPositive();
        assertThat(ORDER.compare("v9", "v10")).isNegative();
        assertThat(ORDER.compare("1.0", "1.0")).isZero();
        assertThat(ORDER.compare("007", "7")).isZero();
        assertThat(ORDER.compare("99999999999999999999999", "100000000000000000000000")).isNegative();
    }

    @Example
    @Label("the empty version sorts first; a longer version with the same start sorts after")
    void emptySortsFirst_andAPrefixSortsBeforeItsExtensions() {
        assertThat(ORDER.compare("", "0")).isNegative();
        assertThat(ORDER.compare("", "a")).isNegative();
        assertThat(ORDER.compare("", "")).isZero();
        assertThat(ORDER.compare("1.2", "1.2.1")).isNegative();
        assertThat(ORDER.compare("1.2", "1.2a")).isNegative();
    }

    @Example
    @Label("digits that are not ASCII are text, never a number that cannot be parsed")
    void nonAsciiDigits_areText() {
        // U+0663 ARABIC-INDIC DIGIT THREE: a letter-like run, not a number.
        assertThat(ORDER.compare("1", "\u0663x")).isNegative();
        assertThat(ORDER.compare("\u0663x", "\u0663y")).isNegative();
        assertThat(ORDER.compare("2.\u0663", "2.9")).isPositive();
    }

    @Property
    @Label("antisymmetric: compare(a, b) has the opposite sign of compare(b, a)")
    void isAntisymmetric(@ForAll("versions") String a, @ForAll("versions") String b) {
        assertThat(Integer.signum(ORDER.compare(a, b))).isEqualTo(-Integer.signum(ORDER.compare(b, a)));
    }

    @Property
    @Label("transitive: a ≤ b and b ≤ c give a ≤ c, and ties are interchangeable")
    void isTransitive(@ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
        List<String> sorted = new ArrayList<>(List.of(a, b, c));
        sorted.sort(ORDER);
        assertThat(ORDER.compare(sorted.get(0), sorted.get(1))).isNotPositive();
        assertThat(ORDER.compare(sorted.get(1), sorted.get(2))).isNotPositive();
        assertThat(ORDER.compare(sorted.get(0), sorted.get(2))).isNotPositive();
        if (ORDER.compare(a, b) == 0) {
            assertThat(Integer.signum(ORDER.compare(a, c))).isEqualTo(Integer.signum(ORDER.compare(b, c)));
        }
        if (ORDER.compare(a, b) <= 0 && ORDER.compare(b, c) <= 0) {
            assertThat(ORDER.compare(a, c)).isNotPositive();
        }
    }

    @Property
    @Label("is reflexive and never throws on any string")
    void isReflexive(@ForAll("versions") String a) {
        assertThat(ORDER.compare(a, a)).isZero();
    }

    @Property
    @Label("on plain numbers it is numeric order")
    void plainNumbers_compareNumerically(@ForAll("numbers") BigInteger x, @ForAll("numbers") BigInteger y) {
        assertThat(Integer.signum(ORDER.compare(x.toString(), y.toString()))).isEqualTo(x.compareTo(y));
        assertThat(Integer.signum(ORDER.compare("v" + x + ".1", "v" + y + ".0"))).isEqualTo(x.equals(y) ? 1 : x.compareTo(y));
    }

    /**
     * Version-like strings, often sharing prefixes so that comparisons go deep, with leading zeros,
     * huge numbers, non-ASCII digits and letters, plus arbitrary strings.
     */
    @Provide
    Arbitrary<String> versions() {
        Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.integers().between(0, 12).map(String::valueOf),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(25));
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of(".", "-", "rc", "v", "a", "b", "_", "\u0663", "\u0663x", "Đ"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(3));
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, number), net.jqwik.api.Tuple.of(2, text));
        return Arbitraries.oneOf(token.list().ofMaxSize(6).map(parts -> String.join("", parts)),
                Arbitraries.strings().ofMaxLength(12));
    }

    @Provide
    Arbitrary<BigInteger> numbers() {
        return Arbitraries.bigIntegers().between(BigInteger.ZERO, new BigInteger("1" + "0".repeat(30)));
    }
}
