package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.valuation.goods.Comparability;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.observation.PriceObservation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link LookBackRule} found (VAL-05): the window used and the windows tried before it, whether
 * identical or similar goods were used, the observations found, and — when there were any — the
 * robust price derived from them.
 *
 * <p>Immutable and thread-safe.
 */
public final class LookBackResult {
    private final GoodsDescriptor goods;
    private final LocalDate buildDate;
    private final List<LookBackWindow> windowsTried;
    private final Comparability comparability;
    private final List<PriceObservation> observations;
    private final RobustPrice price;

    LookBackResult(GoodsDescriptor goods, LocalDate buildDate, List<LookBackWindow> windowsTried, Comparability comparability,
            List<PriceObservation> observations, RobustPrice price) {
        this.goods = Objects.requireNonNull(goods, "goods");
        this.buildDate = Objects.requireNonNull(buildDate, "buildDate");
        this.windowsTried = List.copyOf(windowsTried);
        this.comparability = comparability;
        this.observations = List.copyOf(observations);
        this.price = price;
    }

    /**
     * Returns the goods the price was sought for.
     *
     * @return the goods
     */
    public GoodsDescriptor goods() {
        return goods;
    }

    /**
     * Returns the build date the windows count back from.
     *
     * @return the build date
     */
    public LocalDate buildDate() {
        return buildDate;
    }

    /**
     * Returns the window used: the first that held comparable observations, or the widest tried if none did.
     *
     * @return the window
     */
    public LookBackWindow window() {
        return windowsTried.get(windowsTried.size() - 1);
    }

    /**
     * Returns the windows tried, narrowest first; each but the last was empty.
     *
     * @return one to three windows
     */
    public List<LookBackWindow> windowsTried() {
        return windowsTried;
    }

    /**
     * Returns whether identical or similar goods were used.
     *
     * @return {@link Comparability#IDENTICAL} or {@link Comparability#SIMILAR}; empty if nothing was found
     */
    public Optional<Comparability> comparability() {
        return Optional.ofNullable(comparability);
    }

    /**
     * Returns the observations found in the window, before outliers were excluded.
     *
     * @return the observations, in the order given
     */
    public List<PriceObservation> observations() {
        return observations;
    }

    /**
     * Returns how many observations were found in the window.
     *
     * @return the count; 0 if every window was empty
     */
    public int found() {
        return observations.size();
    }

    /**
     * Tells whether nothing was found.
     *
     * @return {@code true} if every window tried was empty
     */
    public boolean isEmpty() {
        return observations.isEmpty();
    }

    /**
     * Returns the robust price derived from the observations found.
     *
     * @return the price with its statistics; empty if nothing was found
     */
    public Optional<RobustPrice> price() {
        return Optional.ofNullable(price);
    }

    /**
     * Returns the derivation of the price.
     *
     * @return the derivation; empty if nothing was found
     */
    public Optional<Derivation> derivation() {
        return price().map(RobustPrice::derivation);
    }

    /**
     * Summarises the result in one English sentence.
     *
     * @return e.g. {@code "SIX_MONTHS 2026-05-17 to 2026-11-17: 12 observation(s) of IDENTICAL goods"}
     */
    @Override
    public String toString() {
        return window() + ": " + (isEmpty() ? "nothing found" : found() + " observation(s) of " + comparability + " goods"
                + " → " + price.value() + " per " + price.derivation().unit());
    }
}
