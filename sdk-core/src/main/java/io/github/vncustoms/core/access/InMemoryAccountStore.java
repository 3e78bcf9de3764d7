package io.github.vncustoms.core.access;

import io.github.vncustoms.core.access.spi.AccountStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The embedded {@link AccountStore}: records in memory, ordered by account id.
 *
 * <p>Thread-safe.
 */
public final class InMemoryAccountStore implements AccountStore {
    private final ConcurrentSkipListMap<String, AccountRecord> records = new ConcurrentSkipListMap<>();

    /** Creates an empty store. */
    public InMemoryAccountStore() {}

    @Override
    public Optional<AccountRecord> find(String accountId) {
        return Optional.ofNullable(records.get(Objects.requireNonNull(accountId, "accountId")));
    }

    @Override
    public void save(AccountRecord record) {
        records.put(record.account().id(), record);
    }

    @Override
    public List<AccountRecord> findByState(AccountState state, UnitFilter units, int offset, int limit) {
        return records.values().stream()
                .filter(r -> r.account().state() == state && units.test(r.account().unitCode()))
                .skip(offset).limit(limit).toList();
    }
}
