/**
 * Reference-price proposals and their approval (QĐ 2344 Art. 5.1.b.2 last paragraph, 5.1.b.1.2, 5.5;
 * VAL-04, VAL-11, VAL-14): an officer proposes a reference price for one specific item, stating the
 * basis and citing the derivations and sources it rests on; a competent leader accepts it or not;
 * only an accepted proposal may enter the valuation-risk list; every proposal and decision is kept.
 *
 * <pre>{@code
 * ProposalDesk desk = ProposalDesk.builder(InMemoryProposalStore.create(), policy)
 *         .clock(clock).journal(journal).build();
 * ReferencePriceProposal p = desk.propose(officer,
 *         ProposalDraft.of(goods, Money.of("850.00", "USD"), UnitOfMeasure.PIECE, List.of(derivation),
 *                 "Giá chào bán trên Internet đã khấu trừ thuế 15%"));
 * desk.decide(leader, p.id(), Verdict.ACCEPTED, "Đồng ý");
 * }</pre>
 */
package io.github.vncustoms.valuation.proposal;
