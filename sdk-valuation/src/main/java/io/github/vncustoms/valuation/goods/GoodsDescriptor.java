package io.github.vncustoms.valuation.goods;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.text.VietnameseText;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The details that tell one item of goods from another (thông tin chi tiết về hàng hóa, QĐ 2344
 * Art. 4.2.b; VAL-03): the HS code, the trade name and, as fits the goods, manufacturer, code/mark,
 * model, type, year of manufacture, material, composition, content, brand, use and further
 * specifications.
 *
 * <pre>{@code
 * GoodsDescriptor phone = GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Điện thoại di động")
 *         .with(GoodsAttribute.MANUFACTURER, "Samsung Electronics")
 *         .with(GoodsAttribute.MODEL, "SM-S928B")
 *         .with(GoodsAttribute.SPECIFICATIONS, "512GB")
 *         .build();
 * }</pre>
 *
 * <p>Two descriptors are equal when they describe the same item: the same HS code, and the same
 * trade name and attributes once text is in NFC, lower case and single-spaced. They keep the text
 * as given for display. Whether a descriptor is specific enough to carry a reference price is
 * {@link SpecificityPolicy}'s question (VAL-04).
 *
 * <p>This is a value class rather than a record so that the identity key, which screening looks up
 * millions of times a second, is computed once. Immutable and thread-safe.
 */
public final class GoodsDescriptor {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final int MAX_TEXT = 500;

    private final HsCode hsCode;
    private final String tradeName;
    private final Map<GoodsAttribute, String> attributes;
    private final String key;
    private final int hash;

    private GoodsDescriptor(HsCode hsCode, String tradeName, Map<GoodsAttribute, String> attributes) {
        this.hsCode = Objects.requireNonNull(hsCode, "hsCode");
        this.tradeName = clean("tradeName", Objects.requireNonNull(tradeName, "tradeName"));
        if (this.tradeName.isEmpty()) {
            throw new ValidationException("tradeName", "The goods of HS " + hsCode.formatted()
                    + " have a blank trade name: expected the name the goods are traded under (tên thương mại)");
        }
        EnumMap<GoodsAttribute, String> copy = new EnumMap<>(GoodsAttribute.class);
        for (Map.Entry<GoodsAttribute, String> e : Objects.requireNonNull(attributes, "attributes").entrySet()) {
            GoodsAttribute attribute = Objects.requireNonNull(e.getKey(), "attribute");
            String value = clean(attribute.name(), Objects.requireNonNull(e.getValue(), attribute.name()));
            if (value.isEmpty()) {
                continue;
            }
            if (attribute == GoodsAttribute.YEAR_OF_MANUFACTURE && !YEAR.matcher(value).matches()) {
                throw new ValidationException("YEAR_OF_MANUFACTURE", "Year of manufacture '" + value + "' of "
                        + this.tradeName + " is not a year: expected four digits from 1900 to 2099");
            }
            copy.put(attribute, value);
        }
        this.attributes = Collections.unmodifiableMap(copy);
        StringBuilder k = new StringBuilder(64).append(hsCode.value()).append('|').append(fold(this.tradeName));
        for (Map.Entry<GoodsAttribute, String> e : copy.entrySet()) {
            k.append('|').append(e.getKey().ordinal()).append('=').append(fold(e.getValue()));
        }
        this.key = k.toString();
        this.hash = key.hashCode();
    }

    /**
     * Starts a descriptor.
     *
     * @param hsCode the goods code
     * @param tradeName the trade name (tên thương mại), e.g. {@code "Điện thoại di động"}
     * @return a builder
     */
    public static Builder builder(HsCode hsCode, String tradeName) {
        return new Builder(hsCode, tradeName);
    }

    /**
     * Creates a descriptor from an HS code, a trade name and attributes.
     *
     * @param hsCode the goods code
     * @param tradeName the trade name
     * @param attributes the details; blank values are left out
     * @return the descriptor
     * @throws ValidationException if the trade name is blank, a text is over 500 characters or the
     *     year of manufacture is not a year
     */
    public static GoodsDescriptor of(HsCode hsCode, String tradeName, Map<GoodsAttribute, String> attributes) {
        return new GoodsDescriptor(hsCode, tradeName, attributes);
    }

    /**
     * Returns the goods code.
     *
     * @return the HS code
     */
    public HsCode hsCode() {
        return hsCode;
    }

    /**
     * Returns the trade name, NFC and single-spaced, case as given.
     *
     * @return the trade name
     */
    public String tradeName() {
        return tradeName;
    }

    /**
     * Returns the details given, in {@link GoodsAttribute} order.
     *
     * @return an unmodifiable map without blank values
     */
    public Map<GoodsAttribute, String> attributes() {
        return attributes;
    }

    /**
     * Returns one detail.
     *
     * @param attribute the detail
     * @return its value, or {@code ""} if not given
     */
    public String attribute(GoodsAttribute attribute) {
        return attributes.getOrDefault(Objects.requireNonNull(attribute, "attribute"), "");
    }

    /**
     * Tells whether a detail is given.
     *
     * @param attribute the detail
     * @return {@code true} if it has a non-blank value
     */
    public boolean has(GoodsAttribute attribute) {
        return attributes.containsKey(Objects.requireNonNull(attribute, "attribute"));
    }

    /**
     * Returns the identity key: HS code, trade name and attributes, folded to lower case and
     * single spaces. Equal keys mean identical goods.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * Compares this item with another as the valuation rules do (VAL-05).
     *
     * <ul>
     *   <li>{@link Comparability#IDENTICAL}: equal descriptors;
     *   <li>{@link Comparability#SIMILAR}: the same HS code and trade name, and no difference in the
     *       details that make goods commercially interchangeable (type, material, composition,
     *       content, use) where both give them; maker, brand, model and year may differ;
     *   <li>{@link Comparability#DIFFERENT}: anything else.
     * </ul>
     *
     * @param other the other item
     * @return how the two compare
     */
    public Comparability compareWith(GoodsDescriptor other) {
        Objects.requireNonNull(other, "other");
        if (equals(other)) {
            return Comparability.IDENTICAL;
        }
        if (!hsCode.equals(other.hsCode) || !fold(tradeName).equals(fold(other.tradeName))) {
            return Comparability.DIFFERENT;
        }
        for (GoodsAttribute essential : Comparability.ESSENTIAL) {
            String mine = attributes.get(essential);
            String theirs = other.attributes.get(essential);
            if (mine != null && theirs != null && !fold(mine).equals(fold(theirs))) {
                return Comparability.DIFFERENT;
            }
        }
        return Comparability.SIMILAR;
    }

    /**
     * Describes the item for people: trade name, then the details, then the HS code.
     *
     * @return e.g. {@code "Điện thoại di động; nhà sản xuất: Samsung; model: SM-S928B (HS 8517.13.00)"}
     */
    public String describe() {
        StringBuilder out = new StringBuilder(tradeName);
        attributes.forEach((a, v) -> out.append("; ").append(a.vietnamese()).append(": ").append(v));
        return out.append(" (HS ").append(hsCode.formatted()).append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof GoodsDescriptor d && hash == d.hash && key.equals(d.key);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "GoodsDescriptor[" + describe() + "]";
    }

    private static String clean(String field, String text) {
        String cleaned = SPACES.matcher(VietnameseText.normalize(text)).replaceAll(" ").strip();
        if (cleaned.length() > MAX_TEXT) {
            throw new ValidationException(field, "The " + field + " of the goods is " + cleaned.length()
                    + " characters long: expected at most " + MAX_TEXT);
        }
        return cleaned;
    }

    private static String fold(String cleaned) {
        return cleaned.toLowerCase(Locale.ROOT);
    }

    /** Collects a {@link GoodsDescriptor}. Not thread-safe. */
    public static final class Builder {
        private final HsCode hsCode;
        private final String tradeName;
        private final EnumMap<GoodsAttribute, String> attributes = new EnumMap<>(GoodsAttribute.class);

        private Builder(HsCode hsCode, String tradeName) {
            this.hsCode = Objects.requireNonNull(hsCode, "hsCode");
            this.tradeName = Objects.requireNonNull(tradeName, "tradeName");
        }

        /**
         * Sets a detail; a blank value removes it.
         *
         * @param attribute the detail
         * @param value its value
         * @return this builder
         */
        public Builder with(GoodsAttribute attribute, String value) {
            attributes.put(Objects.requireNonNull(attribute, "attribute"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the descriptor.
         *
         * @return the descriptor
         * @throws ValidationException as {@link GoodsDescriptor#of} does
         */
        public GoodsDescriptor build() {
            return new GoodsDescriptor(hsCode, tradeName, attributes);
        }
    }
}
