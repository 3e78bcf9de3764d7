package io.github.vncustoms.valuation.screening;

import java.util.List;
import java.util.Optional;

/**
 * What screening found for one declaration line (VAL-12, VAL-19): {@link NoMatch} (with why),
 * {@link Consistent}, or {@link BelowReference} (by how many percent), each with the line's identity,
 * the reasons in sentences, the basis of the reference price and the officer's {@link NextStep}.
 *
 * <h2>No substitute value, by construction</h2>
 * The valuation-risk list is used "để so sánh, đối chiếu, kiểm tra trị giá khai báo …, xác định nghi
 * vấn, thực hiện tham vấn …, không sử dụng để áp đặt trị giá hải quan" — to compare and check declared
 * values, raise doubts and consult, and never to impose a customs value (QĐ 2344 Art. 5.3; VAL-12).
 * The WCO's guidelines on valuation databases as a risk-assessment tool say the same: such a database
 * targets declarations for checking, it does not supply customs values; the WTO Valuation Agreement
 * (Art. 7.2) bars minimum and arbitrary values. The Court of Justice of the European Union held in its
 * Keladis judgment of January 2026 that a reference value may not replace the transaction value.
 *
 * <p>This hierarchy is therefore shaped so that no code can take a substitute value from it:
 * <ul>
 *   <li>the hierarchy is sealed: the three outcomes are the only ones;
 *   <li>no outcome has a component, or a public method, returning an amount of money or a price:
 *       not the declared value, not the reference price, not a converted value. The line is named by
 *       its {@link LineIdentity}, which leaves the value out; the reference by its
 *       {@link ReferenceBasis}, which names the item without its price. The one number is
 *       {@link BelowReference#deviationPercent()}, a percentage;
 *   <li>no method anywhere in this package accepts a value to "apply", and the reasons state no
 *       amount either.
 * </ul>
 * A test in this package checks every public type by reflection and fails if a method returning or
 * holding {@code Money}, or a {@code BigDecimal} other than the deviation percentage, is ever added.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ScreeningOutcome permits NoMatch, Consistent, BelowReference {
    /**
     * Returns the line screened.
     *
     * @return the declaration number, line number, goods and day
     */
    LineIdentity line();

    /**
     * Returns why screening came to this outcome, in sentences for the officer.
     *
     * @return an unmodifiable, non-empty list
     */
    List<String> reasons();

    /**
     * Returns what kind of outcome this is.
     *
     * @return the kind
     */
    OutcomeKind kind();

    /**
     * Returns what the officer does next.
     *
     * @return the next step; never one that sets a value
     */
    NextStep nextStep();

    /**
     * Returns the risk-list item the line was matched with.
     *
     * @return the item's basis, or empty if the goods are not on the list
     */
    Optional<ReferenceBasis> referenceBasis();
}
