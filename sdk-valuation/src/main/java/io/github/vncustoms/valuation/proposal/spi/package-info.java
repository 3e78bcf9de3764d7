/**
 * Where reference-price proposals are kept (VAL-11, VAL-14): {@link io.github.vncustoms.valuation.proposal.spi.ProposalStore},
 * which a deployment implements over its database; {@link io.github.vncustoms.valuation.proposal.InMemoryProposalStore}
 * is the embedded default. A store never deletes: every proposal and every decision is kept (Art. 5.5).
 */
package io.github.vncustoms.valuation.proposal.spi;
