package io.github.vncustoms.valuation.risklist;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.access.DisclosureApproval;
import io.github.vncustoms.core.access.DisclosureGuard;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.audit.AuditJournal;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.SpecificityPolicy;
import io.github.vncustoms.valuation.internal.risklist.Checks;
import io.github.vncustoms.valuation.proposal.ReferencePriceProposal;
import io.github.vncustoms.valuation.proposal.spi.ProposalStore;
import io.github.vncustoms.valuation.risklist.spi.RiskListStore;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The valuation-risk goods list (Danh mục hàng hóa xuất khẩu, nhập khẩu rủi ro về trị giá; QĐ 2344
 * Art. 5; VAL-01, VAL-12, VAL-13, VAL-14, VAL-19, VAL-23) as a service: HQ issues numbered versions,
 * each the previous one plus an issuing decision's changes; customs looks items up by goods and day;
 * disclosure outside customs needs HQ leadership's approval.
 *
 * <pre>{@code
 * RiskList list = RiskList.builder(InMemoryRiskListStore.create(), policy)
 *         .clock(clock)
 *         .journal(journal)              // optional: issues and disclosures are journaled
 *         .proposals(proposalStore)      // optional: proposals must be the ones on record
 *         .build();
 * list.issue(issuer, RiskListChanges.builder("1234/QĐ-TCHQ").add("8517-0001", accepted, day).build());
 * Optional<RiskListItem> item = list.lookup(officer, goods, LocalDate.of(2026, 12, 5));
 * }</pre>
 *
 * <h2>Issuing (VAL-13: "the Import-Export Tax Department proposes; HQ issues")</h2>
 * Only an active account with {@link ValuationRoles#LIST_ISSUER} at a headquarters unit (level 1 of
 * the directory) issues; anyone else is refused through the {@link AccessPolicy}, which journals the
 * refusal (ACC-04). Version {@code n + 1} is version {@code n} with the changes applied in order:
 * <ul>
 *   <li>{@link RiskListChange.Add}: an item priced by an {@link ApprovalState#ACCEPTED} proposal for a
 *       new item; a pending or not-accepted proposal is refused (VAL-11);</li>
 *   <li>{@link RiskListChange.AddWithoutPrice}: goods listed before a price is built (VAL-13 a);</li>
 *   <li>{@link RiskListChange.Amend}: an accepted proposal naming an item sets or changes its price;
 *       the old item ends the day before the new price's first day and stays in the list, so what
 *       was in force on any day can still be told (VAL-13 b, VAL-14);</li>
 *   <li>{@link RiskListChange.End}: an item ends on a day and stays in the list.</li>
 * </ul>
 * Goods must identify one item under the list's {@link SpecificityPolicy} (VAL-04). A proposal is used
 * once. No change takes effect before the day of issue (Asia/Ho_Chi_Minh): the past stays as it was
 * issued. Any refused change refuses the whole decision; nothing is stored.
 *
 * <h2>Look-ups</h2>
 * {@link #lookup} serves the item in force for identical goods on a day from a Caffeine cache in
 * front of {@link RiskListStore#find}, keyed by version number, goods and day. Issuing a version
 * invalidates the cache; a version issued through another {@code RiskList} over the same store is seen
 * once this one re-reads the latest version number, at most {@linkplain Builder#versionRecheck every
 * minute} by default, or at once after {@link #refresh()}. The list is internal to customs (VAL-12):
 * reads need an active account of a unit of the directory.
 *
 * <h2>Disclosure (VAL-12, VAL-23)</h2>
 * {@link #disclose} hands the current version to someone outside customs only under a
 * {@link DisclosureApproval} of HQ leadership for dataset {@value #DATASET}, checked by sdk-core's
 * {@link DisclosureGuard}; refusals are journaled, and so is every disclosure.
 *
 * <h2>Journal</h2>
 * Actions {@code valuation.risklist.issued} (details {@code version}, {@code decisionRef},
 * {@code items}, {@code added}, {@code addedWithoutPrice}, {@code amended}, {@code ended},
 * {@code proposals}, {@code changes}) and {@code valuation.risklist.disclosed} (details
 * {@code version}, {@code recipient}, {@code approval}, {@code approver}, {@code items}); object type
 * {@value #OBJECT_TYPE}, the version number, the actor's unit.
 *
 * <p>Immutable in its settings and thread-safe: issues are serialised on the instance (and the store
 * refuses a version that does not follow the latest); look-ups run concurrently with them.
 */
public final class RiskList {
    /** The dataset name a disclosure approval must cover. */
    public static final String DATASET = "valuation-risk-list";
    /** The object type the list is journaled under. */
    public static final String OBJECT_TYPE = "VALUATION_RISK_LIST";

    private final RiskListStore store;
    private final AccessPolicy policy;
    private final Clock clock;
    private final AuditJournal journal;
    private final SpecificityPolicy specificity;
    private final long cacheSize;
    private final Duration versionRecheck;
    private final ProposalStore proposals;
    private final DisclosureGuard guard;
    private final String origin;
    private final Cache<LookupKey, Optional<RiskListItem>> cache;
    private final Object issueLock = new Object();
    private volatile int knownNumber = -1;
    private volatile long checkedAtMillis;

    private RiskList(Builder b) {
        this.store = b.store;
        this.policy = b.policy;
        this.clock = b.clock;
        this.journal = b.journal;
        this.specificity = b.specificity;
        this.cacheSize = b.cacheSize;
        this.versionRecheck = b.versionRecheck;
        this.proposals = b.proposals;
        this.origin = b.origin;
        this.guard = b.guard != null ? b.guard : DisclosureGuard.builder(b.policy.directory()).clock(b.clock)
                .zone(WorkingCalendar.VIETNAM_ZONE)
                .denialListener(b.journal != null ? b.journal.denialListener() : decision -> { })
                .build();
        this.cache = Caffeine.newBuilder().maximumSize(b.cacheSize).executor(Runnable::run).build();
    }

    /**
     * Starts a risk list over a store, with a policy for who may issue and read.
     *
     * @param store where versions are kept
     * @param policy the access policy; its directory says which units are headquarters
     * @return a builder
     */
    public static Builder builder(RiskListStore store, AccessPolicy policy) {
        return new Builder(store, policy);
    }

    /**
     * Returns a builder holding this list's settings, to make a variant; the variant shares the
     * store, not the cache.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(store, policy).clock(clock).specificity(specificity).cacheSize(cacheSize)
                .versionRecheck(versionRecheck).disclosureGuard(guard).origin(origin);
        b.journal = journal;
        b.proposals = proposals;
        return b;
    }

    /**
     * Issues the next version: the latest one (or nothing) with the changes applied in order.
     *
     * @param issuer the issuing account: active, {@link ValuationRoles#LIST_ISSUER}, at headquarters
     * @param changes the issuing decision's changes
     * @return the new version, as stored
     * @throws AccessDeniedException if the issuer may not issue (journaled)
     * @throws NotFoundException if the issuer's unit is not in the directory
     * @throws InvalidStateException if a proposal is not accepted, was already used, or is not the one
     *     on record, an item is already ended, or another version was issued meanwhile
     * @throws NotFoundException if a change names an item the list does not hold
     * @throws ValidationException if goods do not identify one item (VAL-04), a change takes effect
     *     before the day of issue, a proposal is used for the wrong change, or items would overlap
     */
    public RiskListVersion issue(Account issuer, RiskListChanges changes) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(changes, "changes");
        requireIssuer(issuer);
        synchronized (issueLock) {
            Optional<RiskListVersion> latest = store.latest();
            int next = latest.map(RiskListVersion::number).orElse(0) + 1;
            LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.VIETNAM_ZONE);
            Issue issue = new Issue(next, today, latest.map(RiskListVersion::items).orElse(List.of()));
            for (RiskListChange change : changes.changes()) {
                issue.apply(change);
            }
            RiskListVersion version = RiskListVersion.of(next, today, issuer.id(), changes.decisionRef(),
                    new ArrayList<>(issue.items.values()));
            store.append(version);
            knownNumber = next;
            checkedAtMillis = clock.millis();
            cache.invalidateAll();
            journalIssue(issuer, version, issue);
            return version;
        }
    }

    /**
     * Finds the item in force for identical goods on a day, in the latest version, from the cache.
     *
     * @param caller the account asking: active, of a customs unit
     * @param goods the goods
     * @param day the day
     * @return the item, or empty if none applies (or no version has been issued)
     * @throws AccessDeniedException if the caller may not read the list (journaled)
     * @throws NotFoundException if the caller's unit is not in the directory
     */
    public Optional<RiskListItem> lookup(Account caller, GoodsDescriptor goods, LocalDate day) {
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(day, "day");
        Checks.requireCustomsReader(policy, caller, "look up the valuation-risk list");
        int number = currentNumber();
        if (number == 0) {
            return Optional.empty();
        }
        return cache.get(new LookupKey(number, goods, day), k -> store.find(k.version(), k.goods(), k.day()));
    }

    /**
     * Returns the latest version.
     *
     * @param caller the account asking: active, of a customs unit
     * @return the version, or empty if none has been issued
     * @throws AccessDeniedException if the caller may not read the list (journaled)
     * @throws NotFoundException if the caller's unit is not in the directory
     */
    public Optional<RiskListVersion> current(Account caller) {
        Checks.requireCustomsReader(policy, caller, "read the valuation-risk list");
        return store.latest();
    }

    /**
     * Returns a version by number; every version is kept (VAL-14).
     *
     * @param caller the account asking: active, of a customs unit
     * @param number the version's number
     * @return the version
     * @throws AccessDeniedException if the caller may not read the list (journaled)
     * @throws NotFoundException if no such version was issued
     */
    public RiskListVersion version(Account caller, int number) {
        Checks.requireCustomsReader(policy, caller, "read version " + number + " of the valuation-risk list");
        return store.version(number).orElseThrow(() -> new NotFoundException("No version " + number
                + " of the valuation-risk list was issued: expected 1 to " + store.latestNumber()));
    }

    /**
     * Hands the latest version to a recipient outside customs, under HQ leadership's approval
     * (VAL-12, VAL-23), and journals the disclosure.
     *
     * @param requester the account that discloses
     * @param recipient the organisation outside customs
     * @param approval the approval relied on; {@code null} when there is none (always refused)
     * @return the version disclosed
     * @throws AccessDeniedException if the approval does not hold (journaled, naming every unmet condition)
     * @throws NotFoundException if no version has been issued
     */
    public RiskListVersion disclose(Account requester, String recipient, DisclosureApproval approval) {
        Objects.requireNonNull(requester, "requester");
        String to = Checks.text("recipient", recipient, "the organisation outside customs");
        guard.requireApproved(requester, to, DATASET, approval);
        RiskListVersion version = store.latest().orElseThrow(() -> new NotFoundException(
                "No version of the valuation-risk list has been issued: expected one before disclosing it"));
        if (journal != null) {
            journal.append(AuditEvent.builder()
                    .actor(requester)
                    .action("valuation.risklist.disclosed")
                    .object(OBJECT_TYPE, Integer.toString(version.number()), requester.unitCode())
                    .origin(origin)
                    .detail("version", Integer.toString(version.number()))
                    .detail("recipient", Checks.clip(to, 4096))
                    .detail("approval", Checks.clip(approval.decisionRef(), 4096))
                    .detail("approver", approval.approverId())
                    .detail("items", Integer.toString(version.size()))
                    .build());
        }
        return version;
    }

    /**
     * Re-reads the latest version number from the store now and empties the cache, to see at once a
     * version issued through another {@code RiskList} over the same store.
     */
    public void refresh() {
        knownNumber = store.latestNumber();
        checkedAtMillis = clock.millis();
        cache.invalidateAll();
    }

    private int currentNumber() {
        int number = knownNumber;
        long now = clock.millis();
        if (number < 0 || now - checkedAtMillis >= versionRecheck.toMillis() || now < checkedAtMillis) {
            int latest = store.latestNumber();
            if (latest != number) {
                knownNumber = latest;
                cache.invalidateAll();
            }
            checkedAtMillis = now;
            number = latest;
        }
        return number;
    }

    private void requireIssuer(Account issuer) {
        List<String> problems = new ArrayList<>();
        CustomsUnit unit = policy.directory().get(issuer.unitCode());
        if (issuer.state() != AccountState.ACTIVE) {
            problems.add("account " + issuer.id() + " is " + issuer.state());
        }
        if (!issuer.hasRole(ValuationRoles.LIST_ISSUER)) {
            problems.add("account " + issuer.id() + " lacks role " + ValuationRoles.LIST_ISSUER);
        }
        if (unit.level() != 1) {
            problems.add("unit " + issuer.unitCode() + " is at level " + unit.level() + ", not headquarters");
        }
        if (!problems.isEmpty()) {
            policy.deny(issuer, issuer.unitCode(), "issue the valuation-risk list",
                    String.join("; ", problems) + "; expected an ACTIVE account with role " + ValuationRoles.LIST_ISSUER
                            + " at a headquarters unit (level 1): HQ issues the list (VAL-13)");
        }
    }

    private void journalIssue(Account issuer, RiskListVersion version, Issue issue) {
        if (journal == null) {
            return;
        }
        journal.append(AuditEvent.builder()
                .actor(issuer)
                .action("valuation.risklist.issued")
                .object(OBJECT_TYPE, Integer.toString(version.number()), issuer.unitCode())
                .origin(origin)
                .detail("version", Integer.toString(version.number()))
                .detail("decisionRef", Checks.clip(version.decisionRef(), 4096))
                .detail("items", Integer.toString(version.size()))
                .detail("added", Integer.toString(issue.added))
                .detail("addedWithoutPrice", Integer.toString(issue.addedWithoutPrice))
                .detail("amended", Integer.toString(issue.amended))
                .detail("ended", Integer.toString(issue.ended))
                .detail("proposals", Checks.clip(String.join(", ", issue.usedNow), 4096))
                .detail("changes", Checks.clip(String.join("\n", issue.summary), 4096))
                .build());
    }

    /** The working state of one issue: the items by id, in order, and what changed. Not thread-safe. */
    private final class Issue {
        private final int number;
        private final LocalDate today;
        private final Map<String, RiskListItem> items = new LinkedHashMap<>();
        private final Set<String> usedProposals = new HashSet<>();
        private final List<String> usedNow = new ArrayList<>();
        private final List<String> summary = new ArrayList<>();
        private int added;
        private int addedWithoutPrice;
        private int amended;
        private int ended;

        Issue(int number, LocalDate today, List<RiskListItem> previous) {
            this.number = number;
            this.today = today;
            for (RiskListItem item : previous) {
                items.put(item.itemId(), item);
                if (!item.proposalId().isEmpty()) {
                    usedProposals.add(item.proposalId());
                }
            }
        }

        void apply(RiskListChange change) {
            if (change instanceof RiskListChange.Add add) {
                add(add);
            } else if (change instanceof RiskListChange.AddWithoutPrice add) {
                addWithoutPrice(add);
            } else if (change instanceof RiskListChange.Amend amend) {
                amend(amend);
            } else {
                end((RiskListChange.End) change);
            }
        }

        private void add(RiskListChange.Add add) {
            ReferencePriceProposal p = requireUsable(add.proposal());
            if (p.amendsItem()) {
                throw new ValidationException("changes", "Proposal " + p.id() + " amends item " + p.amendsItemId()
                        + ": expected it in an amendment (RiskListChange.Amend), not an addition");
            }
            requireNew(add.itemId());
            requireNotPast(add.effectiveFrom(), "item " + add.itemId());
            specificity.requireSpecific(p.goods());
            put(new RiskListItem(add.itemId(), p.goods(), p.price(), p.unit(), add.effectiveFrom(), null, p.basis(), p.id()));
            added++;
            summary.add("add " + add.itemId() + " from " + add.effectiveFrom() + " at " + p.price() + "/" + p.unit()
                    + " (proposal " + p.id() + ")");
        }

        private void addWithoutPrice(RiskListChange.AddWithoutPrice add) {
            requireNew(add.itemId());
            requireNotPast(add.effectiveFrom(), "item " + add.itemId());
            specificity.requireSpecific(add.goods());
            put(new RiskListItem(add.itemId(), add.goods(), null, add.unit(), add.effectiveFrom(), null, add.reason(), ""));
            addedWithoutPrice++;
            summary.add("add " + add.itemId() + " from " + add.effectiveFrom() + " without a reference price: " + add.reason());
        }

        private void amend(RiskListChange.Amend amend) {
            ReferencePriceProposal p = requireUsable(amend.proposal());
            if (!p.amendsItem()) {
                throw new ValidationException("changes", "Proposal " + p.id()
                        + " names no item to amend: expected it in an addition (RiskListChange.Add), with a new item id");
            }
            RiskListItem old = existing(p.amendsItemId());
            LocalDate from = amend.effectiveFrom();
            if (!old.goods().equals(p.goods())) {
                throw new ValidationException("changes", "Proposal " + p.id() + " is for " + p.goods().describe()
                        + " but item " + old.itemId() + " is for " + old.goods().describe()
                        + ": expected an amendment for the item's own goods");
            }
            if (old.effectiveTo() != null && old.effectiveTo().isBefore(from)) {
                throw new InvalidStateException("Item " + old.itemId() + " ended on " + old.effectiveTo()
                        + ", before the new price's first day " + from + ": expected an item in force to amend");
            }
            if (!from.isAfter(old.effectiveFrom())) {
                throw new ValidationException("changes", "The new price of item " + old.itemId() + " would apply from "
                        + from + ", not after the item's first day " + old.effectiveFrom()
                        + ": expected a day after it, so that the old price stays on record");
            }
            requireNotPast(from, "the new price of item " + old.itemId());
            specificity.requireSpecific(p.goods());
            String root = old.itemId().contains("/") ? old.itemId().substring(0, old.itemId().indexOf('/')) : old.itemId();
            String newId = root + "/" + number;
            requireNew(newId);
            items.put(old.itemId(), new RiskListItem(old.itemId(), old.goods(), old.referencePrice(), old.unit(),
                    old.effectiveFrom(), from.minusDays(1), old.basis(), old.proposalId()));
            put(new RiskListItem(newId, p.goods(), p.price(), p.unit(), from, old.effectiveTo(), p.basis(), p.id()));
            amended++;
            summary.add("amend " + old.itemId() + " -> " + newId + " from " + from + ": "
                    + (old.hasReferencePrice() ? old.referencePrice() + "/" + old.unit() : "no price") + " -> "
                    + p.price() + "/" + p.unit() + " (proposal " + p.id() + ")");
        }

        private void end(RiskListChange.End end) {
            RiskListItem old = existing(end.itemId());
            LocalDate last = end.lastDay();
            if (old.effectiveTo() != null && !old.effectiveTo().isAfter(last)) {
                throw new InvalidStateException("Item " + old.itemId() + " already ends on " + old.effectiveTo()
                        + ": expected an item in force after " + last + " to end");
            }
            if (last.isBefore(today.minusDays(1))) {
                throw new ValidationException("changes", "Item " + old.itemId() + " would end on " + last
                        + ", before the day of issue " + today + ": expected a last day from " + today.minusDays(1)
                        + " on; the past stays as it was issued");
            }
            if (last.isBefore(old.effectiveFrom())) {
                throw new ValidationException("changes", "Item " + old.itemId() + " would end on " + last
                        + " before its first day " + old.effectiveFrom() + ": expected a last day on or after it");
            }
            items.put(old.itemId(), new RiskListItem(old.itemId(), old.goods(), old.referencePrice(), old.unit(),
                    old.effectiveFrom(), last, old.basis(), old.proposalId()));
            ended++;
            summary.add("end " + old.itemId() + " after " + last + ": " + end.reason());
        }

        private ReferencePriceProposal requireUsable(ReferencePriceProposal p) {
            if (p.state() != ApprovalState.ACCEPTED) {
                throw new InvalidStateException("Proposal " + p.id() + " for " + p.goods().describe() + " is "
                        + p.state() + ": expected a proposal a competent leader ACCEPTED (chấp nhận) before it is issued (VAL-11)");
            }
            if (proposals != null && !proposals.get(p.id()).map(p::equals).orElse(false)) {
                throw new InvalidStateException("Proposal " + p.id()
                        + " is not the proposal on record: expected the accepted proposal as the proposal store holds it");
            }
            if (!usedProposals.add(p.id())) {
                throw new InvalidStateException("Proposal " + p.id() + " was already issued in the list: expected each"
                        + " accepted proposal to be used once");
            }
            usedNow.add(p.id());
            return p;
        }

        private RiskListItem existing(String itemId) {
            RiskListItem item = items.get(itemId);
            if (item == null) {
                throw new NotFoundException("The valuation-risk list holds no item " + itemId
                        + ": expected the id of one of its " + items.size() + " items");
            }
            return item;
        }

        private void requireNew(String itemId) {
            if (items.containsKey(itemId)) {
                throw new ValidationException("changes", "Item id " + itemId
                        + " is already in the valuation-risk list: expected a new id (ids stay with their items for good)");
            }
        }

        private void requireNotPast(LocalDate from, String what) {
            if (from.isBefore(today)) {
                throw new ValidationException("changes", "The first day of " + what + " is " + from
                        + ", before the day of issue " + today + ": expected the day of issue or later; the past stays as it was issued");
            }
        }

        private void put(RiskListItem item) {
            items.put(item.itemId(), item);
        }
    }

    /** The key of a cached look-up: the version it was answered from, the goods and the day. */
    private record LookupKey(int version, GoodsDescriptor goods, LocalDate day) { }

    /** Collects the settings of a {@link RiskList}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private final RiskListStore store;
        private final AccessPolicy policy;
        private Clock clock = Clock.systemUTC();
        private AuditJournal journal;
        private SpecificityPolicy specificity = SpecificityPolicy.defaultPolicy();
        private long cacheSize = 100_000;
        private Duration versionRecheck = Duration.ofMinutes(1);
        private ProposalStore proposals;
        private DisclosureGuard guard;
        private String origin = "local";

        private Builder(RiskListStore store, AccessPolicy policy) {
            this.store = Objects.requireNonNull(store, "store");
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /**
         * Sets the clock: the day of issue, disclosure validity, and version re-checks.
         *
         * @param clock the clock; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the journal issues and disclosures are appended to (and, for the default disclosure
         * guard, its refusals); without one nothing is journaled.
         *
         * @param journal the journal
         * @return this builder
         */
        public Builder journal(AuditJournal journal) {
            this.journal = Objects.requireNonNull(journal, "journal");
            return this;
        }

        /**
         * Sets the policy that decides whether goods identify one item (VAL-04).
         *
         * @param specificity the policy; default {@link SpecificityPolicy#defaultPolicy()}
         * @return this builder
         */
        public Builder specificity(SpecificityPolicy specificity) {
            this.specificity = Objects.requireNonNull(specificity, "specificity");
            return this;
        }

        /**
         * Sets how many look-up results the cache holds.
         *
         * @param entries the most entries, 0 or more; 0 caches nothing; default 100,000
         * @return this builder
         * @throws ValidationException if negative
         */
        public Builder cacheSize(long entries) {
            if (entries < 0) {
                throw new ValidationException("cacheSize", "Cache size " + entries + " is negative: expected 0 or more entries");
            }
            this.cacheSize = entries;
            return this;
        }

        /**
         * Sets how often look-ups re-read the latest version number from the store, to see versions
         * issued through another {@code RiskList} over the same store.
         *
         * @param interval the interval, zero or more; zero re-reads on every look-up; default one minute
         * @return this builder
         * @throws ValidationException if negative
         */
        public Builder versionRecheck(Duration interval) {
            if (Objects.requireNonNull(interval, "interval").isNegative()) {
                throw new ValidationException("versionRecheck", "Interval " + interval + " is negative: expected zero or more");
            }
            this.versionRecheck = interval;
            return this;
        }

        /**
         * Sets the store of proposals: each proposal used in an issue must then be the one on record,
         * so that a proposal cannot be made up with an accepted trail.
         *
         * @param proposals the store the {@link io.github.vncustoms.valuation.proposal.ProposalDesk} uses
         * @return this builder
         */
        public Builder proposals(ProposalStore proposals) {
            this.proposals = Objects.requireNonNull(proposals, "proposals");
            return this;
        }

        /**
         * Sets the guard disclosures go through.
         *
         * @param guard the guard; default one over the policy's directory, with this builder's clock,
         *     journaling refusals to the journal if there is one
         * @return this builder
         */
        public Builder disclosureGuard(DisclosureGuard guard) {
            this.guard = Objects.requireNonNull(guard, "guard");
            return this;
        }

        /**
         * Sets the origin journaled with every change.
         *
         * @param origin e.g. the application server's host name; default {@code "local"}
         * @return this builder
         * @throws ValidationException if blank
         */
        public Builder origin(String origin) {
            this.origin = Checks.text("origin", origin, "the host or terminal changes come from");
            return this;
        }

        /**
         * Builds the list.
         *
         * @return a thread-safe risk list
         */
        public RiskList build() {
            return new RiskList(this);
        }
    }
}
