/**
 * Paging for every query that can return many records: a {@link io.github.vncustoms.core.paging.PageRequest}
 * (offset and limit, as SQL has them) and the {@link io.github.vncustoms.core.paging.Page} it yields, with the
 * total number of matches. Stores of every module (releases, transfer ledgers, tickets, price observations)
 * page the same way.
 */
package io.github.vncustoms.core.paging;
