/**
 * The same-day entry duty (QĐ 2344 Art. 7.1.a.1 and 7.1.b.1; VAL-18): branches and departments enter
 * the results of declaration files (value checks, consultations, valuations, complaints, post-clearance
 * audits, inspections) on the day the value is determined.
 * {@link io.github.vncustoms.valuation.duty.SameDayDutyCheck} lists, per entering unit within the
 * caller's scope (VAL-20), the results entered on a later day, with how many days late.
 *
 * <pre>{@code
 * SameDayDutyReport week = SameDayDutyCheck.create(store, policy)
 *         .report(leader, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 20));
 * week.units().forEach(u -> System.out.println(u.unitCode() + ": " + u.lateCount() + " of " + u.results() + " late"));
 * }</pre>
 */
package io.github.vncustoms.valuation.duty;
