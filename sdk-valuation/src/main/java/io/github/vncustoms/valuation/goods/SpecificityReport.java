package io.github.vncustoms.valuation.goods;

import java.util.List;
import java.util.Objects;

/**
 * Whether a descriptor identifies one specific item, as a reference price needs (VAL-04), and if
 * not, what is missing and which words make it a bundle ("gom khung").
 *
 * <p>Immutable and thread-safe.
 *
 * @param goods the descriptor checked
 * @param missing what the goods lack, one sentence each, e.g. {@code "model or code/mark (model, ký mã hiệu)"}
 * @param bundleMarkers the words that describe several items at once, e.g. {@code "các loại"}
 */
public record SpecificityReport(GoodsDescriptor goods, List<String> missing, List<String> bundleMarkers) {
    /** Validates and copies the lists. */
    public SpecificityReport {
        Objects.requireNonNull(goods, "goods");
        missing = List.copyOf(missing);
        bundleMarkers = List.copyOf(bundleMarkers);
    }

    /**
     * Tells whether the goods identify one item.
     *
     * @return {@code true} if nothing is missing and no bundle marker was found
     */
    public boolean specific() {
        return missing.isEmpty() && bundleMarkers.isEmpty();
    }

    /**
     * Explains the verdict in one English sentence.
     *
     * @return e.g. {@code "Điện thoại (HS 8517.13.00) does not identify one item: missing manufacturer or brand"}
     */
    public String explain() {
        if (specific()) {
            return goods.describe() + " identifies one item (VAL-04)";
        }
        StringBuilder out = new StringBuilder(goods.describe()).append(" does not identify one item (VAL-04, no \"gom khung\")");
        if (!missing.isEmpty()) {
            out.append(": missing ").append(String.join("; ", missing));
        }
        if (!bundleMarkers.isEmpty()) {
            out.append(missing.isEmpty() ? ": " : "; ").append("describes several items at once (")
                    .append(String.join(", ", bundleMarkers)).append(')');
        }
        return out.toString();
    }
}
