package io.github.vncustoms.valuation.screening;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.spi.ExchangeRateProvider;
import io.github.vncustoms.valuation.goods.UnitConversions;
import io.github.vncustoms.valuation.internal.screening.RateMemo;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Screens declared values against the valuation-risk list (kiểm tra trị giá khai báo; QĐ 2344
 * Art. 5.3, 8; VAL-12, VAL-19): for each declaration line, finds the item in force for identical
 * goods on the declaration day and tells whether the declared unit value is below its reference
 * price by more than a tolerance.
 *
 * <pre>{@code
 * Screener screener = Screener.builder(riskList::current)        // or builder(version)
 *         .tolerance(new BigDecimal("0.05"))                      // 5 %; default 0
 *         .exchangeRates(rates)                                   // for lines in another currency
 *         .build();
 * ScreeningOutcome outcome = screener.screen(line);
 * if (outcome instanceof BelowReference below) {
 *     below.deviationPercent();                                   // e.g. 23.50
 *     below.nextStep();                                           // RAISE_DOUBT_AND_CONSULT
 * }
 * }</pre>
 *
 * <h2>The comparison</h2>
 * The declared unit value {@code D} is converted into the reference's currency and unit: at the
 * exchange rate in force on the declaration day from the declared currency to the reference's (or,
 * if only the opposite rate is published, dividing by it), and by a conversion listed in
 * {@link UnitConversions}. The line is {@link BelowReference below} the reference price {@code R}
 * iff {@code D < R × (1 − tolerance)}, strictly; exactly at the boundary it is
 * {@link Consistent consistent}. The test is exact: nothing is rounded before comparing (the
 * converted value is never rounded to a currency's minor unit, and no inverse is taken), so a value
 * one minor unit either side of the boundary always falls on its side. The deviation reported is
 * {@code (R − D) / R × 100} with two decimals, rounded with the configured mode.
 *
 * <p>Lines in a unit no listed conversion turns into the reference's, or in a currency with no rate
 * in force that day, are {@link NoMatch not compared}: a price per one unit is never silently compared
 * with a price per another.
 *
 * <h2>Never a substitute value</h2>
 * Screening raises doubts; it does not value goods. No outcome carries an amount of money and no
 * method takes one to apply: the list is "không sử dụng để áp đặt trị giá hải quan" (QĐ 2344
 * Art. 5.3; VAL-12), as the WCO's guidelines on valuation databases and the CJEU's Keladis judgment
 * of January 2026 (a reference value may not replace the transaction value) also hold. See
 * {@link ScreeningOutcome}.
 *
 * <h2>Versions and speed</h2>
 * The screener asks its supplier for the risk-list version once per {@link #screen} or
 * {@link #screenAll} call, so a new version is used as soon as it is issued, and a batch is screened
 * against one version throughout. Each version is prepared once (every item's basis), and each item
 * keeps the exact threshold for each currency, unit and rate its lines came in; {@link #screenAll}
 * also asks the exchange-rate provider once per pair of currencies and day rather than per line, and
 * looks lines up a chunk at a time so that their memory reads overlap. Screening a line then costs a
 * hash lookup and one comparison of two decimals (see {@code ScreeningBenchmark}: well over a million
 * lines a second against a 50,000-item list on a small machine).
 *
 * <p>Screening is internal use of the risk list (QĐ 2344 Art. 5.3): the outcomes, though they hold
 * no price, are for customs officers. Immutable and thread-safe, provided the supplier, the
 * exchange-rate provider and the versions are.
 */
public final class Screener {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Supplier<RiskListVersion> versions;
    private final BigDecimal tolerance;
    private final String toleranceText;
    private final UnitConversions unitConversions;
    private final ExchangeRateProvider exchangeRates;
    private final RoundingMode rounding;
    private final AtomicReference<CompiledVersion> compiled = new AtomicReference<>();

    private Screener(Builder b) {
        this.versions = b.versions;
        this.tolerance = b.tolerance;
        this.toleranceText = b.tolerance.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
        this.unitConversions = b.unitConversions;
        this.exchangeRates = b.exchangeRates;
        this.rounding = b.rounding;
    }

    /**
     * Starts a screener against one risk-list version.
     *
     * @param version the version
     * @return a builder
     * @throws NullPointerException if {@code version} is {@code null}
     */
    public static Builder builder(RiskListVersion version) {
        Objects.requireNonNull(version, "version");
        return new Builder(() -> version);
    }

    /**
     * Starts a screener against the version in force, as a supplier returns it at each call: the
     * risk-list store's current version, which changes when HQ issues a new one. The screener
     * prepares a version the first time it sees that instance (about 35 ms for 50,000 items), so the
     * supplier should return the same instance until a new version is issued, not a fresh copy each time.
     *
     * @param versions returns the version to screen against; never {@code null}
     * @return a builder
     * @throws NullPointerException if {@code versions} is {@code null}
     */
    public static Builder builder(Supplier<RiskListVersion> versions) {
        return new Builder(Objects.requireNonNull(versions, "versions"));
    }

    /**
     * Returns a builder with this screener's settings, to make a variant.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(versions);
        b.tolerance = tolerance;
        b.unitConversions = unitConversions;
        b.exchangeRates = exchangeRates;
        b.rounding = rounding;
        return b;
    }

    /**
     * Screens one declaration line.
     *
     * @param line the line
     * @return what screening found; never a value to impose (VAL-12)
     * @throws NullPointerException if {@code line} is {@code null}
     * @throws InvalidStateException if the supplier returns no version
     */
    public ScreeningOutcome screen(DeclarationLine line) {
        Objects.requireNonNull(line, "line");
        return current().screen(line, null);
    }

    /**
     * Screens lines against one version, in order.
     *
     * @param lines the lines
     * @return one outcome per line, in the lines' order; unmodifiable
     * @throws NullPointerException if the list or a line is {@code null}
     * @throws InvalidStateException if the supplier returns no version
     */
    public List<ScreeningOutcome> screenAll(List<DeclarationLine> lines) {
        Objects.requireNonNull(lines, "lines");
        CompiledVersion version = current();
        List<ScreeningOutcome> outcomes = new ArrayList<>(lines.size());
        version.screenAll(lines, new RateMemo(exchangeRates), outcomes);
        return Collections.unmodifiableList(outcomes);
    }

    private CompiledVersion current() {
        RiskListVersion version = versions.get();
        if (version == null) {
            throw new InvalidStateException("The risk-list supplier returned no version: expected the version in force"
                    + " to screen against");
        }
        CompiledVersion known = compiled.get();
        if (known != null && known.version == version) {
            return known;
        }
        CompiledVersion made = new CompiledVersion(version, this);
        compiled.set(made);
        return made;
    }

    BigDecimal tolerance() {
        return tolerance;
    }

    String toleranceText() {
        return toleranceText;
    }

    UnitConversions unitConversions() {
        return unitConversions;
    }

    ExchangeRateProvider exchangeRates() {
        return exchangeRates;
    }

    RoundingMode rounding() {
        return rounding;
    }

    @Override
    public String toString() {
        return "Screener[tolerance " + toleranceText + ", rounding " + rounding
                + (exchangeRates == null ? ", no exchange rates" : "") + "]";
    }

    /**
     * Collects a {@link Screener}'s settings; each setter checks its argument at once. Not thread-safe.
     */
    public static final class Builder {
        private final Supplier<RiskListVersion> versions;
        private BigDecimal tolerance = BigDecimal.ZERO;
        private UnitConversions unitConversions = UnitConversions.standard();
        private ExchangeRateProvider exchangeRates;
        private RoundingMode rounding = RoundingMode.UP;

        private Builder(Supplier<RiskListVersion> versions) {
            this.versions = versions;
        }

        /**
         * Sets how far below the reference price a declared value may be before it is flagged, as a
         * fraction of the reference price. The default, 0, flags any value below the reference price:
         * QĐ 2344 ties no margin to the comparison, and a flag only starts a check, never a valuation.
         * A deployment that wants a margin sets it here, e.g. {@code 0.05} for 5 %.
         *
         * @param fraction the tolerance, {@code 0 ≤ fraction < 1}
         * @return this builder
         * @throws NullPointerException if {@code fraction} is {@code null}
         * @throws ValidationException if it is negative, or 1 or more
         */
        public Builder tolerance(BigDecimal fraction) {
            Objects.requireNonNull(fraction, "fraction");
            if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) >= 0) {
                throw new ValidationException("tolerance", "Tolerance " + fraction.toPlainString()
                        + " is out of range: expected a fraction of the reference price from 0 (inclusive) to 1"
                        + " (exclusive), e.g. 0.05 for 5%");
            }
            this.tolerance = fraction;
            return this;
        }

        /**
         * Sets the conversions between units of measure that comparisons may use; the default is
         * {@link UnitConversions#standard()}. Lines in a unit with no listed conversion to the
         * reference's are not compared.
         *
         * @param conversions the conversions
         * @return this builder
         * @throws NullPointerException if {@code conversions} is {@code null}
         */
        public Builder unitConversions(UnitConversions conversions) {
            this.unitConversions = Objects.requireNonNull(conversions, "conversions");
            return this;
        }

        /**
         * Sets where exchange rates come from, for lines declared in another currency than the
         * reference price's. Without a provider, such lines are not compared.
         *
         * @param provider the customs exchange rates (tỷ giá tính thuế) by day
         * @return this builder
         * @throws NullPointerException if {@code provider} is {@code null}
         */
        public Builder exchangeRates(ExchangeRateProvider provider) {
            this.exchangeRates = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * Sets how the deviation percentage is rounded to two decimals. The comparison itself is
         * exact and never rounded. The default, {@link RoundingMode#UP} (away from zero), makes the
         * percentage of a line flagged with a tolerance of whole hundredths of a percent always show
         * above that tolerance, never equal to it.
         *
         * @param mode the rounding mode; not {@link RoundingMode#UNNECESSARY}
         * @return this builder
         * @throws NullPointerException if {@code mode} is {@code null}
         * @throws ValidationException if it is {@code UNNECESSARY}, which a percentage cannot honour
         */
        public Builder rounding(RoundingMode mode) {
            Objects.requireNonNull(mode, "mode");
            if (mode == RoundingMode.UNNECESSARY) {
                throw new ValidationException("rounding", "Rounding UNNECESSARY cannot round a deviation to two"
                        + " decimals: expected a rounding mode such as UP, HALF_UP or HALF_EVEN");
            }
            this.rounding = mode;
            return this;
        }

        /**
         * Builds the screener.
         *
         * @return an immutable, thread-safe screener
         */
        public Screener build() {
            return new Screener(this);
        }
    }
}
