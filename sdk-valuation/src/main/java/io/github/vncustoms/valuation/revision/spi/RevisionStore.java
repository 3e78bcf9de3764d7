package io.github.vncustoms.valuation.revision.spi;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.revision.RevisionQuery;
import io.github.vncustoms.valuation.revision.RevisionRecord;
import java.util.Optional;

/**
 * Keeps revision records and their decisions (QĐ 2344 Art. 5.5; VAL-13, VAL-14). There is no delete:
 * a record is added once, pending, and replaced once by its decided version.
 *
 * <p>A database serves it with one table keyed by {@link RevisionRecord#id()}, a state column updated
 * only from {@code PENDING}, and indexes on the proposer's unit, kind, goods key and item id.
 *
 * <p>Implementations must be thread-safe.
 */
public interface RevisionStore {
    /**
     * Keeps a new, pending record.
     *
     * @param record the record
     * @throws io.github.vncustoms.core.error.InvalidStateException if the id is taken or the record is not pending
     */
    void add(RevisionRecord record);

    /**
     * Replaces a pending record by its decided version.
     *
     * @param decided the decided record, equal to the stored one but for the decision
     * @throws io.github.vncustoms.core.error.NotFoundException if no record has that id
     * @throws io.github.vncustoms.core.error.InvalidStateException if the stored record is already
     *     decided, the given one is not, or it differs from the stored one in more than the decision
     */
    void decided(RevisionRecord decided);

    /**
     * Returns a record by id.
     *
     * @param id the id
     * @return the record, or empty
     */
    Optional<RevisionRecord> get(String id);

    /**
     * Returns one page of the records that match a query and whose proposer's unit is visible,
     * ordered by submission time, then id.
     *
     * @param query the conditions
     * @param visibleUnits the proposer units the caller may see
     * @param page the slice wanted
     * @return the page, with the total number of matches in scope
     */
    Page<RevisionRecord> find(RevisionQuery query, UnitFilter visibleUnits, PageRequest page);
}
