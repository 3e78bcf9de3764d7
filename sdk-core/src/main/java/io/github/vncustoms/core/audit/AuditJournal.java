package io.github.vncustoms.core.audit;

import io.github.vncustoms.core.access.AccessDecision;
import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountEvent;
import io.github.vncustoms.core.access.spi.AccessDenialListener;
import io.github.vncustoms.core.access.spi.AccountEventListener;
import io.github.vncustoms.core.audit.spi.AuditStore;
import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.audit.EntryHasher;
import io.github.vncustoms.core.internal.audit.Fields;
import io.github.vncustoms.core.internal.audit.Hex;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The append-only audit journal: who did what, when, to which object, from where, with what
 * outcome (STA-07, ACC-04). Each entry is chained to the one before by a SHA-256 hash, and every
 * {@code checkpointEvery} entries, on demand and on {@link #close()}, the journal signs a
 * checkpoint with its Ed25519 key, so that {@link AuditVerifier} can name the first entry modified,
 * deleted, inserted or reordered.
 *
 * <pre>{@code
 * AccessPolicy base = AccessPolicy.builder(units).build();
 * AuditJournal journal = AuditJournal.builder(store, signingKey, base).checkpointEvery(10_000).build();
 * AccessPolicy policy = base.toBuilder().denialListener(journal.denialListener()).build();  // ACC-04
 *
 * journal.append(AuditEvent.builder().actor(account).action("declaration.read")
 *         .object("DECLARATION", "104512345678", "01AB").origin("10.2.3.4").build());
 * AuditPage denied = journal.query(reviewer, AuditQuery.builder().outcome(AuditOutcome.DENIED).build());
 * journal.verify().requireIntact();
 * }</pre>
 *
 * <p>The journal reads the time from its {@link Clock} and never reorders: entries are numbered in
 * the order {@link #append} is called. It owns its store: {@link #close()} signs a last checkpoint
 * and closes the store.
 *
 * <p>Thread-safe: appends are serialised on the journal (one hash chain); queries and verification
 * run concurrently with them.
 */
public final class AuditJournal implements AutoCloseable {
    private final AuditStore store;
    private final JournalSigningKey key;
    private final AccessPolicy policy;
    private final Clock clock;
    private final int checkpointEvery;
    private final String origin;
    private final EntryHasher hasher = new EntryHasher();
    private long lastSequence;
    private String lastHash;
    private long lastCheckpoint;
    private boolean closed;

    private AuditJournal(Builder b) {
        this.store = b.store;
        this.key = b.key;
        this.policy = b.policy;
        this.clock = b.clock;
        this.checkpointEvery = b.checkpointEvery;
        this.origin = b.origin;
        Optional<AuditEntry> last = store.last();
        this.lastSequence = last.map(AuditEntry::sequence).orElse(0L);
        this.lastHash = last.map(AuditEntry::hash).orElse(AuditEntry.GENESIS_HASH);
        List<AuditCheckpoint> checkpoints = store.checkpoints();
        for (AuditCheckpoint c : checkpoints) {
            if (c.sequence() > lastSequence) {
                throw new IntegrityException("The store ends at entry " + lastSequence + " but holds a checkpoint for entry "
                        + c.sequence() + ": entries were cut off; expected the entries every checkpoint covers");
            }
            if (c.sequence() == lastSequence && !c.hash().equals(lastHash)) {
                throw new IntegrityException("The store's last entry " + lastSequence + " has hash " + lastHash
                        + " but its checkpoint says " + c.hash() + ": expected the entry the checkpoint signed");
            }
            lastCheckpoint = Math.max(lastCheckpoint, c.sequence());
        }
    }

    /**
     * Starts a journal over a store, continuing the chain the store holds.
     *
     * @param store where entries and checkpoints are kept; the journal owns it from now on
     * @param key the key checkpoints are signed with
     * @param policy the policy that decides which entries a caller may see in {@link #query}
     * @return a builder
     */
    public static Builder builder(AuditStore store, JournalSigningKey key, AccessPolicy policy) {
        return new Builder(store, key, policy);
    }

    /**
     * Appends an event: numbers it, stamps it with the clock's time, chains and stores it.
     *
     * @param event what happened
     * @return the stored entry
     * @throws InvalidStateException if the journal is closed
     * @throws RuntimeException whatever the store throws when it cannot keep the entry; the journal
     *     then continues from the last entry the store holds
     */
    public synchronized AuditEntry append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        requireOpen();
        long sequence = lastSequence + 1;
        Instant now = clock.instant();
        String hash = Hex.encode(hasher.hash(sequence, now, event, lastHash));
        AuditEntry entry = new AuditEntry(sequence, now, event, lastHash, hash);
        try {
            store.append(entry);
        } catch (RuntimeException e) {
            // The store may have kept the entry before failing (buffered, then a flush failed): go on
            // from whatever it holds, so that the chain never forks.
            Optional<AuditEntry> stored = store.last();
            lastSequence = stored.map(AuditEntry::sequence).orElse(0L);
            lastHash = stored.map(AuditEntry::hash).orElse(AuditEntry.GENESIS_HASH);
            throw e;
        }
        lastSequence = sequence;
        lastHash = hash;
        if (checkpointEvery > 0 && sequence - lastCheckpoint >= checkpointEvery) {
            checkpointLocked();
        }
        return entry;
    }

    /**
     * Journals a refused access as a {@link AuditOutcome#DENIED} entry: the account as actor, the
     * decision's action, the target unit as object, the reason and scope as details (ACC-04). Its
     * origin is the journal's {@link Builder#origin(String) origin}.
     *
     * @param decision the refused decision
     * @return the stored entry
     * @throws ValidationException if the decision was an allowed one
     * @throws InvalidStateException if the journal is closed
     */
    public AuditEntry recordDenial(AccessDecision decision) {
        Objects.requireNonNull(decision, "decision");
        if (decision.allowed()) {
            throw new ValidationException("decision", "Access decision for " + decision.accountId() + " to "
                    + decision.action() + " was allowed: expected a refused decision");
        }
        AuditEvent.Builder event = AuditEvent.builder()
                .actor(decision.accountId(), decision.accountUnit())
                .action(clip(decision.action(), 256))
                .object("UNIT", decision.targetUnit(), decision.targetUnit())
                .origin(origin)
                .outcome(AuditOutcome.DENIED)
                .detail("reason", clip(decision.reason(), 4096));
        if (decision.scope() != null) {
            event.detail("scope", decision.scope().name());
        }
        return append(event.build());
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max);
    }

    /**
     * Returns a listener that journals every refusal an {@link AccessPolicy} makes (ACC-04). If the
     * journal cannot store the entry, the listener throws, and the caller sees that failure instead of
     * the access-denied exception: the access is refused either way.
     *
     * @return the listener
     */
    public AccessDenialListener denialListener() {
        return this::recordDenial;
    }

    /**
     * Journals an account lifecycle event (STA-01, ACC-02, ACC-03): who changed which account, from
     * which state to which. The object is the account, belonging to the account's unit, so the
     * unit's administrators see it in their queries.
     *
     * @param event the account event
     * @return the entry appended
     */
    public AuditEntry recordAccountEvent(AccountEvent event) {
        Objects.requireNonNull(event, "event");
        AuditEvent.Builder entry = AuditEvent.builder()
                .actor(event.actorId(), event.actorUnit())
                .action("ACCOUNT_" + event.action().name())
                .object("ACCOUNT", event.accountId(), event.unitCode())
                .origin(origin)
                .outcome(event.succeeded() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
                .detail("from", event.from().name())
                .detail("to", event.to().name());
        if (!event.detail().isEmpty()) {
            entry.detail("detail", clip(event.detail(), 4096));
        }
        return append(entry.build());
    }

    /**
     * Returns a listener that journals every account lifecycle event an
     * {@link io.github.vncustoms.core.access.AccountService} produces.
     *
     * @return the listener
     */
    public AccountEventListener accountEventListener() {
        return this::recordAccountEvent;
    }

    /**
     * Signs a checkpoint for the last entry now, after making every entry durable.
     *
     * @return the checkpoint (for sequence 0 and the genesis hash if the journal is empty)
     * @throws InvalidStateException if the journal is closed
     */
    public synchronized AuditCheckpoint checkpoint() {
        requireOpen();
        return checkpointLocked();
    }

    private AuditCheckpoint checkpointLocked() {
        AuditCheckpoint c = key.sign(lastSequence, lastHash, clock.instant());
        store.appendCheckpoint(c);
        lastCheckpoint = lastSequence;
        return c;
    }

    /**
     * Returns one page of the entries the caller may see that match the query. Entries whose object
     * belongs to a unit outside the caller's scope ({@link AccessPolicy#unitFilter(Account)}) are
     * never returned; an inactive account sees nothing.
     *
     * @param caller the account asking
     * @param query the criteria and paging
     * @return the page, in sequence order
     */
    public AuditPage query(Account caller, AuditQuery query) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(query, "query");
        return store.query(policy.unitFilter(caller), query);
    }

    /**
     * Verifies the whole journal with this journal's public key.
     *
     * @return the report
     */
    public VerificationReport verify() {
        return AuditVerifier.create(key.publicKey()).verify(store);
    }

    /**
     * Returns the public key that verifies this journal's checkpoints.
     *
     * @return the key
     */
    public JournalPublicKey publicKey() {
        return key.publicKey();
    }

    /**
     * Returns the sequence of the last entry.
     *
     * @return the sequence, 0 for an empty journal
     */
    public synchronized long lastSequence() {
        return lastSequence;
    }

    /**
     * Makes every appended entry durable now, whatever the store's flush policy.
     *
     * @throws InvalidStateException if the journal is closed
     */
    public synchronized void sync() {
        requireOpen();
        store.sync();
    }

    private void requireOpen() {
        if (closed) {
            throw new InvalidStateException("The audit journal is closed: expected an open journal");
        }
    }

    /** Signs a checkpoint for the entries not yet covered, then closes the store. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            if (lastSequence > lastCheckpoint) {
                checkpointLocked();
            }
        } finally {
            closed = true;
            store.close();
        }
    }

    @Override
    public String toString() {
        return "AuditJournal[" + store + ", public key " + key.publicKey().hex() + "]";
    }

    /** Collects the settings of an {@link AuditJournal}. Not thread-safe. */
    public static final class Builder {
        private final AuditStore store;
        private final JournalSigningKey key;
        private final AccessPolicy policy;
        private Clock clock = Clock.systemUTC();
        private int checkpointEvery = 10_000;
        private String origin = "local";

        private Builder(AuditStore store, JournalSigningKey key, AccessPolicy policy) {
            this.store = Objects.requireNonNull(store, "store");
            this.key = Objects.requireNonNull(key, "key");
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /**
         * Sets the clock entries are stamped with.
         *
         * @param clock the clock; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets how many entries pass between automatic checkpoints. Entries after the last checkpoint
         * are chained but not signed; each checkpoint costs a signature and forces the store to disk.
         *
         * @param entries 1 to 10,000,000, or 0 for checkpoints only on demand and on close; default 10,000
         * @return this builder
         * @throws ValidationException if out of range
         */
        public Builder checkpointEvery(int entries) {
            if (entries < 0 || entries > 10_000_000) {
                throw new ValidationException("checkpointEvery", "Checkpoint interval " + entries
                        + " is out of range: expected 0 (on demand only) to 10,000,000 entries");
            }
            this.checkpointEvery = entries;
            return this;
        }

        /**
         * Sets the origin recorded for refusals journaled through {@link AuditJournal#denialListener()},
         * whose decisions do not say where the request came from.
         *
         * @param origin e.g. the application server's host name; default {@code "local"}
         * @return this builder
         * @throws ValidationException if blank or too long
         */
        public Builder origin(String origin) {
            this.origin = Fields.text("origin", origin, 256, false);
            return this;
        }

        /**
         * Builds the journal, continuing the chain the store holds.
         *
         * @return the journal
         * @throws IntegrityException if the store holds a checkpoint beyond its last entry, or one that
         *     does not match it: entries were cut off or replaced
         */
        public AuditJournal build() {
            return new AuditJournal(this);
        }
    }
}
