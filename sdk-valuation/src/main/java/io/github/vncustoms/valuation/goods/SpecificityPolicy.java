package io.github.vncustoms.valuation.goods;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCodeLevel;
import io.github.vncustoms.core.text.VietnameseText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether a descriptor identifies one specific item, so that a reference price may be built
 * for it (QĐ 2344 Art. 5.1.b.1.2; VAL-04): "for each specific item ... not by bundling items of
 * nearly the same features ('gom khung') nor in an unspecific way".
 *
 * <p>The details an item needs depend on the goods ("tùy theo tính chất từng mặt hàng"). The
 * {@linkplain #defaultPolicy() default policy} asks, per HS chapter range:
 *
 * <ul>
 *   <li>every item: an eight-digit national line, and no word that names several items ("các loại",
 *       "loại khác", "assorted", a range "từ … đến …", several models separated by commas);
 *   <li>chapters 01–27 (animals, plants, food, minerals): the type, composition, content or
 *       specifications;
 *   <li>chapters 28–40 (chemicals, plastics, rubber): composition or content, and the manufacturer or brand;
 *   <li>chapters 84–85 and 88–92 (machinery, electrical goods, aircraft, ships, instruments): model or
 *       code/mark, and manufacturer or brand;
 *   <li>chapter 87 (vehicles): as machinery, and the year of manufacture;
 *   <li>every other chapter: model, code/mark, type, material or specifications, and manufacturer or brand.
 * </ul>
 *
 * <p>Integrators with their own practice build another policy with {@link #builder()}. Immutable and
 * thread-safe.
 */
public final class SpecificityPolicy {
    private static final Pattern RANGE = Pattern.compile("\\btu\\b.*\\bden\\b");
    private static final List<String> BUNDLE_WORDS = List.of("cac loai", "loai khac", "nhieu loai", "du loai",
            "moi loai", "cac model", "nhieu model", "cac co", "cac kich co", "cac mau", "cac chung loai",
            "tong hop", "assorted", "various", "mixed", "etc", "v.v", "...", "…");

    private final List<Rule> rules;

    private SpecificityPolicy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Returns the policy described above.
     *
     * @return the default policy
     */
    public static SpecificityPolicy defaultPolicy() {
        Set<GoodsAttribute> maker = EnumSet.of(GoodsAttribute.MANUFACTURER, GoodsAttribute.BRAND);
        Set<GoodsAttribute> model = EnumSet.of(GoodsAttribute.MODEL, GoodsAttribute.CODE_MARK);
        return builder()
                .require(1, 27, EnumSet.of(GoodsAttribute.TYPE, GoodsAttribute.COMPOSITION, GoodsAttribute.CONTENT,
                        GoodsAttribute.SPECIFICATIONS))
                .require(28, 40, EnumSet.of(GoodsAttribute.COMPOSITION, GoodsAttribute.CONTENT))
                .require(28, 40, maker)
                .require(41, 83, EnumSet.of(GoodsAttribute.MODEL, GoodsAttribute.CODE_MARK, GoodsAttribute.TYPE,
                        GoodsAttribute.MATERIAL, GoodsAttribute.SPECIFICATIONS))
                .require(41, 83, maker)
                .require(84, 92, model)
                .require(84, 92, maker)
                .require(87, 87, EnumSet.of(GoodsAttribute.YEAR_OF_MANUFACTURE))
                .require(93, 97, EnumSet.of(GoodsAttribute.MODEL, GoodsAttribute.CODE_MARK, GoodsAttribute.TYPE,
                        GoodsAttribute.MATERIAL, GoodsAttribute.SPECIFICATIONS))
                .require(93, 97, maker)
                .build();
    }

    /**
     * Starts an empty policy: only the national line and the bundle words are checked until rules are added.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a descriptor.
     *
     * @param goods the descriptor
     * @return what is missing and which words make it a bundle
     */
    public SpecificityReport check(GoodsDescriptor goods) {
        Objects.requireNonNull(goods, "goods");
        List<String> missing = new ArrayList<>();
        if (goods.hsCode().level() != HsCodeLevel.NATIONAL_LINE) {
            missing.add("an eight-digit HS national line (HS " + goods.hsCode().formatted() + " covers many items)");
        }
        int chapter = goods.hsCode().chapter();
        for (Rule rule : rules) {
            if (chapter >= rule.fromChapter && chapter <= rule.toChapter
                    && rule.anyOf.stream().noneMatch(goods::has)) {
                missing.add(rule.anyOf.stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                        .collect(Collectors.joining(" or ")) + " ("
                        + rule.anyOf.stream().map(GoodsAttribute::vietnamese).collect(Collectors.joining(", ")) + ")");
            }
        }
        Set<String> markers = new LinkedHashSet<>();
        scan(goods.tradeName(), markers);
        for (Map.Entry<GoodsAttribute, String> e : goods.attributes().entrySet()) {
            scan(e.getValue(), markers);
            if ((e.getKey() == GoodsAttribute.MODEL || e.getKey() == GoodsAttribute.CODE_MARK)
                    && (e.getValue().contains(",") || e.getValue().contains(";"))) {
                markers.add("several " + e.getKey().vietnamese() + " values: " + e.getValue());
            }
        }
        return new SpecificityReport(goods, missing, List.copyOf(markers));
    }

    /**
     * Refuses a descriptor that does not identify one item.
     *
     * @param goods the descriptor
     * @return the same descriptor
     * @throws ValidationException naming what is missing and the bundle words found
     */
    public GoodsDescriptor requireSpecific(GoodsDescriptor goods) {
        SpecificityReport report = check(goods);
        if (!report.specific()) {
            List<String> problems = new ArrayList<>(report.missing());
            report.bundleMarkers().forEach(m -> problems.add("bundle marker: " + m));
            throw new ValidationException("goods", report.explain()
                    + "; expected the details that tell this item from others", problems, null);
        }
        return goods;
    }

    private static void scan(String text, Set<String> markers) {
        String folded = VietnameseText.searchKey(text);
        for (String word : BUNDLE_WORDS) {
            int at = folded.indexOf(word);
            boolean whole = at >= 0 && (word.charAt(0) == '.' || word.charAt(0) == '…'
                    || ((at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
                    && (at + word.length() == folded.length() || !Character.isLetterOrDigit(folded.charAt(at + word.length())))));
            if (whole) {
                markers.add(original(text, folded, at, word.length()));
            }
        }
        java.util.regex.Matcher m = RANGE.matcher(folded);
        if (m.find()) {
            markers.add(original(text, folded, m.start(), m.end() - m.start()));
        }
    }

    /** Recovers the words as written; folding keeps one character per character of NFC Vietnamese text. */
    private static String original(String text, String folded, int at, int length) {
        String cleaned = text.strip().replaceAll("[\\s\\u00A0]+", " ");
        return cleaned.length() == folded.length() ? cleaned.substring(at, at + length) : folded.substring(at, at + length);
    }

    private record Rule(int fromChapter, int toChapter, Set<GoodsAttribute> anyOf) { }

    /** Collects a {@link SpecificityPolicy}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private final List<Rule> rules = new ArrayList<>();

        private Builder() {
        }

        /**
         * Requires, for goods of HS chapters {@code from} to {@code to}, at least one of some details.
         *
         * @param fromChapter the first chapter, 1–97
         * @param toChapter the last chapter, {@code fromChapter}–97
         * @param anyOf the details, at least one of which must be given
         * @return this builder
         * @throws ValidationException if the chapters are out of range or no detail is named
         */
        public Builder require(int fromChapter, int toChapter, Set<GoodsAttribute> anyOf) {
            if (fromChapter < 1 || toChapter > 97 || fromChapter > toChapter) {
                throw new ValidationException("chapters", "Chapters " + fromChapter + "–" + toChapter
                        + " are not a range of HS chapters: expected 1 ≤ from ≤ to ≤ 97");
            }
            if (Objects.requireNonNull(anyOf, "anyOf").isEmpty()) {
                throw new ValidationException("anyOf", "A specificity rule names no detail: expected at least one goods attribute");
            }
            rules.add(new Rule(fromChapter, toChapter, java.util.Collections.unmodifiableSet(EnumSet.copyOf(anyOf))));
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public SpecificityPolicy build() {
            return new SpecificityPolicy(rules);
        }
    }
}
