/**
 * Revision of the valuation-risk list (QĐ 2344 Art. 5.4, 5.5; VAL-13, VAL-14): a pure
 * {@link io.github.vncustoms.valuation.revision.RevisionMonitor} finds what should be proposed (a price
 * for an item without one, form 02/DMBX/2015; an amendment where new evidence differs from the
 * reference price by more than 10%, form 03/DMSĐ/2015; an addition for goods meeting the criteria of
 * Circular 39/2015/TT-BTC Art. 24 but not listed, form 02/DMBX/2015), and a
 * {@link io.github.vncustoms.valuation.revision.RevisionDesk} takes those proposals through a
 * competent leader's decision and keeps every record.
 *
 * <p>The form templates are attached to Circular 39/2015/TT-BTC, whose text this SDK does not have:
 * their fields are modelled on what Art. 5.4 says the reports carry (the goods, the reference price in
 * force, the proposed price and its change, the documents and sources), and the rendered forms say so.
 *
 * <pre>{@code
 * RevisionMonitor monitor = RevisionMonitor.builder().unitConversions(UnitConversions.standard())
 *         .exchangeRates(rates).build();
 * List<RevisionProposal> found = monitor.review(list.current(officer).orElseThrow(), today, evidence, matches);
 * RevisionRecord r = desk.submit(officer, found.get(0), "Giá nhập khẩu tăng", List.of("Tờ khai 1045..."));
 * System.out.println(r.form());   // the form, in Vietnamese
 * }</pre>
 */
package io.github.vncustoms.valuation.revision;
