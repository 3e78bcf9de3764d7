package io.github.vncustoms.core.access.spi;

import io.github.vncustoms.core.access.AccountRecord;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.access.UnitFilter;
import java.util.List;
import java.util.Optional;

/**
 * Keeps account records. The {@link io.github.vncustoms.core.access.AccountService} serialises its
 * own writes, so an implementation needs only to be safe for concurrent reads and one writer; a
 * database implementation maps the queries to indexed columns (id, state, unit code).
 */
public interface AccountStore {
    /**
     * Finds an account's record.
     *
     * @param accountId the account id
     * @return the record, or empty
     */
    Optional<AccountRecord> find(String accountId);

    /**
     * Inserts or replaces a record, keyed by its account id.
     *
     * @param record the record
     */
    void save(AccountRecord record);

    /**
     * Lists the records in a state whose unit passes a filter, ordered by account id.
     *
     * @param state the state
     * @param units the units to include
     * @param offset how many matching records to skip
     * @param limit the most to return
     * @return the records
     */
    List<AccountRecord> findByState(AccountState state, UnitFilter units, int offset, int limit);
}
