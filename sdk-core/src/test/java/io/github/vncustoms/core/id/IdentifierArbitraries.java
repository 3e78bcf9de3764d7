package io.github.vncustoms.core.id;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Shared jqwik generators of valid identifiers and of the ways people write them. Test fixture;
 * stateless.
 */
public final class IdentifierArbitraries {
    /** Whitespace the parsers ignore everywhere, including a no-break space pasted from a web page. */
    public static final String WHITESPACE = " \t\u00A0";

    private IdentifierArbitraries() {}

    /** Ten-digit enterprise codes with a correct check digit. */
    public static Arbitrary<TaxCode> enterpriseTaxCodes() {
        return Arbitraries.strings().numeric().ofLength(9)
                .filter(TaxCode::hasCheckDigit)
                .map(prefix -> TaxCode.parse(prefix + TaxCode.checkDigit(prefix)));
    }

    /** Branch codes 001–999 of valid enterprise codes. */
    public static Arbitrary<TaxCode> branchTaxCodes() {
        return Combinators.combine(enterpriseTaxCodes(), Arbitraries.integers().between(1, 999))
                .as(TaxCode::branch);
    }

    /** Twelve-digit personal ID numbers with a province code 001–096. */
    public static Arbitrary<TaxCode> personalIdTaxCodes() {
        return Combinators.combine(Arbitraries.integers().between(1, 96), Arbitraries.strings().numeric().ofLength(9))
                .as((province, rest) -> TaxCode.parse(String.format("%03d", province) + rest));
    }

    /** Tax codes of all three kinds. */
    public static Arbitrary<TaxCode> taxCodes() {
        return Arbitraries.oneOf(enterpriseTaxCodes(), branchTaxCodes(), personalIdTaxCodes());
    }

    /** ISO 6346 numbers of every owner code, category and serial. */
    public static Arbitrary<ContainerNumber> containerNumbers() {
        return Combinators.combine(
                        Arbitraries.strings().withCharRange('A', 'Z').ofLength(3),
                        Arbitraries.of('U', 'J', 'Z'),
                        Arbitraries.strings().numeric().ofLength(6))
                .as(ContainerNumber::of);
    }

    /** HS codes at all three levels, chapters 01–97 except 77, headings 01–99. */
    public static Arbitrary<HsCode> hsCodes() {
        Arbitrary<Integer> chapters = Arbitraries.integers().between(1, 97).filter(chapter -> chapter != 77);
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(4);
        return Combinators.combine(chapters, Arbitraries.integers().between(1, 99), rest, Arbitraries.of(HsCodeLevel.class))
                .as((chapter, heading, digits, level) -> {
                    String full = String.format("%02d%02d", chapter, heading) + digits;
                    return HsCode.parse(full.substring(0, level.digits()));
                });
    }

    /** Twelve-digit declaration numbers with every amendment count. */
    public static Arbitrary<DeclarationNumber> declarationNumbers() {
        return Combinators.combine(Arbitraries.strings().numeric().ofLength(11), Arbitraries.integers().between(0, 9))
                .as(DeclarationNumber::of);
    }

    /** Plates with province codes 11–99, one- or two-letter series and 4- or 5-digit serials. */
    public static Arbitrary<VehiclePlate> vehiclePlates() {
        Arbitrary<String> series = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(1),
                Arbitraries.of("R", "LD"),
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(2));
        Arbitrary<String> serials = Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(5)
                .filter(serial -> Integer.parseInt(serial) != 0);
        return Combinators.combine(Arbitraries.integers().between(11, 99), series, serials)
                .as(VehiclePlate::of);
    }

    /**
     * The text written the way people write it: up to four separators inserted anywhere and, when
     * the parser ignores case, some ASCII letters lower-cased.
     *
     * @param text the text to decorate
     * @param separators the characters the parser ignores wherever they appear
     * @param ignoresCase whether the parser ignores case
     */
    public static Arbitrary<String> decorated(String text, String separators, boolean ignoresCase) {
        List<Character> choices = separators.chars().mapToObj(c -> (char) c).toList();
        Arbitrary<List<Integer>> positions = Arbitraries.integers().between(0, text.length()).list().ofMaxSize(4);
        Arbitrary<List<Character>> inserted = Arbitraries.of(choices).list().ofSize(4);
        Arbitrary<Long> lowerMask = ignoresCase ? Arbitraries.longs() : Arbitraries.just(0L);
        return Combinators.combine(positions, inserted, lowerMask).as((at, what, mask) -> {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                out.append((mask >>> (i % 64) & 1) == 1 ? Character.toLowerCase(c) : c);
            }
            // Insert from the highest position down so that earlier insertions do not shift later ones.
            List<Integer> sorted = at.stream().sorted((a, b) -> b - a).toList();
            for (int i = 0; i < sorted.size(); i++) {
                out.insert(sorted.get(i).intValue(), what.get(i).charValue());
            }
            return out.toString();
        });
    }

    /**
     * Pairs of a text and the same text {@link #decorated(String, String, boolean) decorated}.
     *
     * @param texts the texts
     * @param separators the characters the parser ignores wherever they appear
     * @param ignoresCase whether the parser ignores case
     */
    public static Arbitrary<Tuple2<String, String>> withDecorations(
            Arbitrary<String> texts, String separators, boolean ignoresCase) {
        return texts.flatMap(text -> decorated(text, separators, ignoresCase).map(d -> Tuple.of(text, d)));
    }

    /**
     * Texts close to valid ones: unchanged, or with one character replaced by, inserted from or
     * deleted, drawing new characters from {@code alphabet}. Most are invalid; some stay valid.
     *
     * @param valid canonical forms of valid identifiers
     * @param alphabet the characters to draw replacements and insertions from
     */
    public static Arbitrary<String> nearMisses(Arbitrary<String> valid, String alphabet) {
        List<Character> choices = alphabet.chars().mapToObj(c -> (char) c).toList();
        return Combinators.combine(valid, Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 1000), Arbitraries.of(choices))
                .as((text, edit, where, c) -> {
                    int at = where % (text.length() + 1);
                    return switch (edit) {
                        case 0 -> text;
                        case 1 -> at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text + c;
                        case 2 -> text.substring(0, at) + c + text.substring(at);
                        default -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
                    };
                });
    }
}
