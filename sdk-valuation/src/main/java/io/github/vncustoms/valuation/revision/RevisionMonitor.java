package io.github.vncustoms.valuation.revision;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.ExchangeRate;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.money.spi.ExchangeRateProvider;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitConversions;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds what the valuation-risk list needs revised (QĐ 2344 Art. 5.4; VAL-13), as a pure function of
 * the list in force, new evidence and goods found to meet the criteria:
 *
 * <ul>
 *   <li><b>a)</b> every item in force on the day without a reference price yields an
 *       {@link RevisionKind#ADD_PRICE} proposal (form 02/DMBX/2015), with the evidence's figure if
 *       there is evidence for its goods;</li>
 *   <li><b>b)</b> an item with a reference price whose evidence differs from it by <em>more than</em>
 *       10%, up or down, yields an {@link RevisionKind#AMEND_PRICE} proposal (form 03/DMSĐ/2015) with
 *       the current price, the new figure and the change; exactly 10% yields nothing;</li>
 *   <li><b>c)</b> goods meeting a criterion but with no item in force on or after the day yield an
 *       {@link RevisionKind#ADD_ITEM} proposal (form 02/DMBX/2015).</li>
 * </ul>
 *
 * <p>Evidence is matched to items of identical goods only (equal descriptors). Where several pieces
 * of evidence concern one item, their <b>median</b> is the new figure, so that one outlying quote
 * neither triggers nor hides a revision alone; with one piece, the median is its figure. The 10% test
 * is exact: {@code |figure − price| × 10 > price}, on the unrounded figure.
 *
 * <p>Evidence in another unit or currency is converted only explicitly: units through the
 * {@link UnitConversions} given, currencies through the {@link ExchangeRateProvider} given, at the
 * rate in force on the evidence's day. Without a listed conversion or rate the review is refused with a
 * {@link ValidationException}; prices are never compared across units or currencies silently. An item
 * without a price, or goods to add, take the currency of their first piece of evidence.
 *
 * <pre>{@code
 * RevisionMonitor monitor = RevisionMonitor.builder()
 *         .unitConversions(UnitConversions.standard())
 *         .exchangeRates(rates)
 *         .build();
 * List<RevisionProposal> found = monitor.review(version, LocalDate.of(2026, 11, 20), evidence, matches);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RevisionMonitor {
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final UnitConversions units;
    private final ExchangeRateProvider rates;

    private RevisionMonitor(Builder b) {
        this.units = b.units;
        this.rates = b.rates;
    }

    /**
     * Starts a monitor: by default no unit conversion and no exchange rates.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reviews the list.
     *
     * @param version the list in force
     * @param day the day of the review: items in force on it are reviewed
     * @param evidence new evidence, for any goods; evidence for goods neither listed nor matched is ignored
     * @param matches goods found to meet a criterion
     * @return the proposals: first those for items, in the version's order, then the additions, in the
     *     order of {@code matches} (one per goods, its criteria joined)
     * @throws ValidationException if evidence is in another unit or currency than the item and no
     *     conversion or rate is available
     */
    public List<RevisionProposal> review(RiskListVersion version, LocalDate day, Collection<PriceEvidence> evidence,
            Collection<CriteriaMatch> matches) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(matches, "matches");
        Map<GoodsDescriptor, List<PriceEvidence>> byGoods = new LinkedHashMap<>();
        for (PriceEvidence e : evidence) {
            byGoods.computeIfAbsent(Objects.requireNonNull(e, "evidence item").goods(), g -> new ArrayList<>()).add(e);
        }
        List<RevisionProposal> found = new ArrayList<>();
        for (RiskListItem item : version.items()) {
            if (!item.appliesOn(day)) {
                continue;
            }
            List<PriceEvidence> mine = byGoods.getOrDefault(item.goods(), List.of());
            if (!item.hasReferencePrice()) {
                Money figure = mine.isEmpty() ? null
                        : Money.rounded(median(mine, item.unit(), mine.get(0).derivation().value().currency()),
                                mine.get(0).derivation().value().currency(), RoundingMode.HALF_UP);
                found.add(new RevisionProposal(RevisionKind.ADD_PRICE, item.goods(), item.unit(), item.itemId(), null,
                        figure, null, "", mine));
            } else if (!mine.isEmpty()) {
                Money current = item.referencePrice();
                BigDecimal figure = median(mine, item.unit(), current.currency());
                if (exceedsTenPercent(current.amount(), figure)) {
                    BigDecimal change = figure.subtract(current.amount()).multiply(HUNDRED)
                            .divide(current.amount(), 2, RoundingMode.UP);
                    found.add(new RevisionProposal(RevisionKind.AMEND_PRICE, item.goods(), item.unit(), item.itemId(),
                            current, Money.rounded(figure, current.currency(), RoundingMode.HALF_UP), change, "", mine));
                }
            }
        }
        Map<GoodsDescriptor, List<CriteriaMatch>> additions = new LinkedHashMap<>();
        for (CriteriaMatch m : matches) {
            GoodsDescriptor goods = Objects.requireNonNull(m, "match").goods();
            boolean listed = version.itemsFor(goods).stream()
                    .anyMatch(i -> i.effectiveTo() == null || !i.effectiveTo().isBefore(day));
            if (!listed) {
                additions.computeIfAbsent(goods, g -> new ArrayList<>()).add(m);
            }
        }
        additions.forEach((goods, ms) -> {
            UnitOfMeasure unit = ms.get(0).unit();
            List<PriceEvidence> mine = byGoods.getOrDefault(goods, List.of());
            Money figure = mine.isEmpty() ? null
                    : Money.rounded(median(mine, unit, mine.get(0).derivation().value().currency()),
                            mine.get(0).derivation().value().currency(), RoundingMode.HALF_UP);
            String criteria = String.join("; ", ms.stream().map(CriteriaMatch::criterion).distinct().toList());
            found.add(new RevisionProposal(RevisionKind.ADD_ITEM, goods, unit, "", null, figure, null, criteria, mine));
        });
        return List.copyOf(found);
    }

    /**
     * Tells whether a figure differs from a reference price by more than 10%, up or down (Art. 5.4.b),
     * exactly: {@code |figure − reference| × 10 > reference}.
     *
     * @param reference the reference price's amount, positive
     * @param figure the new figure, in the same unit and currency
     * @return {@code true} if strictly more than 10% apart
     * @throws ValidationException if the reference is not positive
     */
    public static boolean exceedsTenPercent(BigDecimal reference, BigDecimal figure) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(figure, "figure");
        if (reference.signum() <= 0) {
            throw new ValidationException("reference", "Reference price " + reference.toPlainString()
                    + " is not positive: expected a positive price to compare with");
        }
        return figure.subtract(reference).abs().multiply(TEN).compareTo(reference) > 0;
    }

    private BigDecimal median(List<PriceEvidence> evidence, UnitOfMeasure unit, Currency currency) {
        List<BigDecimal> figures = new ArrayList<>(evidence.size());
        for (PriceEvidence e : evidence) {
            figures.add(convert(e, unit, currency));
        }
        figures.sort(null);
        int n = figures.size();
        return n % 2 == 1 ? figures.get(n / 2) : figures.get(n / 2 - 1).add(figures.get(n / 2)).divide(TWO);
    }

    /** The evidence's figure per {@code unit} in {@code currency}, unrounded. */
    private BigDecimal convert(PriceEvidence e, UnitOfMeasure unit, Currency currency) {
        Money value = e.derivation().value();
        UnitOfMeasure from = e.derivation().unit();
        // A price per `from` is a price per `unit` times how many `from` one `unit` makes.
        Optional<BigDecimal> perUnit = units.find(unit, from);
        if (perUnit.isEmpty()) {
            throw new ValidationException("unit", "Evidence '" + e.derivation().rule() + "' for " + e.goods().describe()
                    + " is per " + from + ", the item per " + unit + ", and no conversion between them is listed"
                    + ": expected evidence in the same unit, or the conversion added to the monitor's UnitConversions");
        }
        BigDecimal amount = value.amount().multiply(perUnit.get());
        if (!value.currency().equals(currency)) {
            if (rates == null) {
                throw new ValidationException("currency", "Evidence '" + e.derivation().rule() + "' for "
                        + e.goods().describe() + " is in " + value.currency().getCurrencyCode() + ", the item in "
                        + currency.getCurrencyCode() + ", and the monitor has no exchange rates"
                        + ": expected evidence in the same currency, or an ExchangeRateProvider given to the monitor");
            }
            ExchangeRate rate = rates.find(value.currency(), currency, e.observedOn()).orElseThrow(() ->
                    new ValidationException("currency", "No " + value.currency().getCurrencyCode() + "→"
                            + currency.getCurrencyCode() + " rate is in force on " + e.observedOn() + " for evidence '"
                            + e.derivation().rule() + "' for " + e.goods().describe()
                            + ": expected a rate effective on or before the evidence's day"));
            amount = amount.multiply(rate.rate());
        }
        return amount;
    }

    /** Collects the settings of a {@link RevisionMonitor}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private UnitConversions units = UnitConversions.none();
        private ExchangeRateProvider rates;

        private Builder() {
        }

        /**
         * Sets the unit conversions evidence may be converted with.
         *
         * @param units the conversions; default {@link UnitConversions#none()}
         * @return this builder
         */
        public Builder unitConversions(UnitConversions units) {
            this.units = Objects.requireNonNull(units, "units");
            return this;
        }

        /**
         * Sets the exchange rates evidence in another currency is converted at, on the evidence's day.
         *
         * @param rates the rates; default none: evidence in another currency is refused
         * @return this builder
         */
        public Builder exchangeRates(ExchangeRateProvider rates) {
            this.rates = Objects.requireNonNull(rates, "rates");
            return this;
        }

        /**
         * Builds the monitor.
         *
         * @return an immutable, thread-safe monitor
         */
        public RevisionMonitor build() {
            return new RevisionMonitor(this);
        }
    }
}
