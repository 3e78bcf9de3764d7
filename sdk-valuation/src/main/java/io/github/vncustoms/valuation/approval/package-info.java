/**
 * Proposals and leaders' decisions (QĐ 2344 Art. 5.1.b.2, 5.5, 6; VAL-11, VAL-14..17): a proposal
 * (tờ trình) with its reasoning and evidence, the competent leader's "chấp nhận" or "không chấp nhận",
 * the trail kept with every record, and who is competent to decide.
 */
package io.github.vncustoms.valuation.approval;
