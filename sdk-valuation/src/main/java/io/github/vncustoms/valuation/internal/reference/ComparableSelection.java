package io.github.vncustoms.valuation.internal.reference;

import io.github.vncustoms.valuation.goods.Comparability;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.observation.PriceObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Identical goods first, else similar goods (VAL-05, VAL-07): the observations a rule uses, among
 * those a filter lets through. Not API. Immutable and thread-safe.
 *
 * @param comparability {@link Comparability#IDENTICAL} or {@link Comparability#SIMILAR} when something
 *     was found, {@link Comparability#DIFFERENT} when nothing was
 * @param chosen the observations chosen, in the order given
 */
public record ComparableSelection(Comparability comparability, List<PriceObservation> chosen) {
    /** Copies the list. */
    public ComparableSelection {
        Objects.requireNonNull(comparability, "comparability");
        chosen = List.copyOf(chosen);
    }

    /**
     * Chooses the observations of identical goods, or if there are none, of similar goods.
     *
     * @param goods the goods a price is sought for
     * @param candidates the candidates
     * @param filter which candidates may be used at all
     * @return the choice; empty with {@link Comparability#DIFFERENT} if nothing comparable passed
     */
    public static ComparableSelection choose(GoodsDescriptor goods, List<PriceObservation> candidates,
            Predicate<PriceObservation> filter) {
        List<PriceObservation> identical = new ArrayList<>();
        List<PriceObservation> similar = new ArrayList<>();
        for (PriceObservation o : candidates) {
            if (!filter.test(o)) {
                continue;
            }
            Comparability c = goods.compareWith(o.goods());
            if (c == Comparability.IDENTICAL) {
                identical.add(o);
            } else if (c == Comparability.SIMILAR) {
                similar.add(o);
            }
        }
        if (!identical.isEmpty()) {
            return new ComparableSelection(Comparability.IDENTICAL, identical);
        }
        if (!similar.isEmpty()) {
            return new ComparableSelection(Comparability.SIMILAR, similar);
        }
        return new ComparableSelection(Comparability.DIFFERENT, List.of());
    }

    /**
     * Describes the choice for a trail.
     *
     * @return e.g. {@code "3 observations of identical goods"}
     */
    public String describe() {
        return switch (comparability) {
            case IDENTICAL -> chosen.size() + " observation(s) of identical goods";
            case SIMILAR -> "no identical goods; " + chosen.size()
                    + " observation(s) of similar goods (same HS code and trade name, same essential details)";
            case DIFFERENT -> "no identical or similar goods";
        };
    }
}
