package io.github.vncustoms.valuation.observation;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountKind;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.audit.AuditJournal;
import io.github.vncustoms.core.audit.InMemoryAuditStore;
import io.github.vncustoms.core.audit.JournalSigningKey;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.time.ManualClock;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.ApprovalTrail;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.approval.Submission;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.GoodsAttribute;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Test data of the records area (observation, duty, backup tests only): the sample units, accounts
 * with valuation roles, goods, drafts, ready-made observations and a wired database with a journal
 * and a clock moved by hand.
 */
public final class RecordsFixtures {
    /** The sample directory: TCHQ, its divisions, HQ01..HQ03 and their branches. */
    public static final UnitDirectory UNITS = UnitDirectories.sample();
    /** 2026-11-20 09:30 in Hanoi. */
    public static final Instant T0 = Instant.parse("2026-11-20T02:30:00Z");
    /** The day of {@link #T0} in Hanoi. */
    public static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    /** Every unit of the sample directory. */
    public static final List<String> UNIT_CODES = UNITS.units().stream().map(u -> u.code()).toList();

    private RecordsFixtures() {
    }

    /**
     * An account.
     *
     * @param id the id
     * @param unit the unit
     * @param state the state
     * @param roles the roles
     * @return the account
     */
    public static Account account(String id, String unit, AccountState state, String... roles) {
        return new Account(id, AccountKind.PERSONAL, "Cán bộ " + id, unit, Set.of(roles), state);
    }

    /**
     * An active valuation officer.
     *
     * @param id the id
     * @param unit the unit
     * @return the account
     */
    public static Account officer(String id, String unit) {
        return account(id, unit, AccountState.ACTIVE, ValuationRoles.OFFICER);
    }

    /**
     * An active valuation leader.
     *
     * @param id the id
     * @param unit the unit
     * @return the account
     */
    public static Account leader(String id, String unit) {
        return account(id, unit, AccountState.ACTIVE, ValuationRoles.LEADER);
    }

    /**
     * A Samsung phone of HS 8517.13.00, model as given.
     *
     * @param model the model
     * @return the goods
     */
    public static GoodsDescriptor phone(String model) {
        return GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Điện thoại di động")
                .with(GoodsAttribute.MANUFACTURER, "Samsung Electronics")
                .with(GoodsAttribute.MODEL, model)
                .with(GoodsAttribute.SPECIFICATIONS, "512GB")
                .build();
    }

    /**
     * The Galaxy S24 Ultra.
     *
     * @return the goods
     */
    public static GoodsDescriptor phone() {
        return phone("SM-S928B");
    }

    /**
     * Goods of the same heading, another subheading: phone parts.
     *
     * @return the goods
     */
    public static GoodsDescriptor phoneCase() {
        return GoodsDescriptor.builder(HsCode.parse("8517.79.40"), "Vỏ điện thoại")
                .with(GoodsAttribute.MATERIAL, "nhôm").build();
    }

    /**
     * Goods of another chapter: hot-rolled steel coil.
     *
     * @return the goods
     */
    public static GoodsDescriptor steel() {
        return GoodsDescriptor.builder(HsCode.parse("7208.51.00"), "Thép cán nóng")
                .with(GoodsAttribute.MANUFACTURER, "Formosa Hà Tĩnh")
                .with(GoodsAttribute.SPECIFICATIONS, "dày 12mm").build();
    }

    /**
     * A draft of a value determined by customs, to be recorded.
     *
     * @param goods the goods
     * @param usd the unit price in USD
     * @param day the price date and the day the value was determined
     * @return the draft
     */
    public static PriceObservation.Builder declared(GoodsDescriptor goods, String usd, LocalDate day) {
        return PriceObservation.builder().goods(goods).source(PriceSource.CUSTOMS_VALUATION_RESULT)
                .unitPrice(Money.of(usd, "USD")).unit(UnitOfMeasure.PIECE)
                .commercialLevel(CommercialLevel.IMPORT).priceDate(day).determinedOn(day).reference("104512345678");
    }

    /**
     * A draft of an internet offer, to be proposed.
     *
     * @param goods the goods
     * @param usd the unit price in USD
     * @param day the price date and the day it was collected
     * @return the draft
     */
    public static PriceObservation.Builder offer(GoodsDescriptor goods, String usd, LocalDate day) {
        return PriceObservation.builder().goods(goods).source(PriceSource.INTERNET_OFFER)
                .unitPrice(Money.of(usd, "USD")).unit(UnitOfMeasure.PIECE)
                .commercialLevel(CommercialLevel.EXPORT_DEALER).priceDate(day).determinedOn(day);
    }

    /**
     * A complete observation, in any state, built directly (for store tests).
     *
     * @param id the id
     * @param goods the goods
     * @param source the source
     * @param state NOT_REQUIRED for customs' own sources; PENDING, ACCEPTED or NOT_ACCEPTED otherwise
     * @param unit the entering unit
     * @param enteredAt when it was entered
     * @param priceDate the price date
     * @return the observation
     */
    public static PriceObservation observation(String id, GoodsDescriptor goods, PriceSource source,
            ApprovalState state, String unit, Instant enteredAt, LocalDate priceDate) {
        LocalDate enteredOn = enteredAt.atZone(WorkingCalendar.VIETNAM_ZONE).toLocalDate();
        LocalDate determined = priceDate.isAfter(enteredOn) ? enteredOn : priceDate;
        ApprovalTrail trail = ApprovalTrail.notRequired();
        if (source.needsApproval()) {
            Submission s = new Submission("officer." + unit.toLowerCase(Locale.ROOT), unit, "Lập luận",
                    List.of("bang-chung.pdf"), enteredAt);
            trail = ApprovalTrail.pending(s);
            if (state == ApprovalState.ACCEPTED
                    || state == ApprovalState.NOT_ACCEPTED) {
                trail = trail.decide(new LeaderDecision("leader." + unit.toLowerCase(Locale.ROOT), unit,
                        state == ApprovalState.ACCEPTED ? Verdict.ACCEPTED : Verdict.NOT_ACCEPTED,
                        "", enteredAt.plusSeconds(3600)));
            }
        }
        return PriceObservation.builder().id(id).goods(goods).source(source)
                .unitPrice(Money.of("100.00", "USD")).unit(UnitOfMeasure.PIECE)
                .priceDate(priceDate).determinedOn(determined).enteredAt(enteredAt)
                .enteringUnit(unit).enteringOfficer("officer." + unit.toLowerCase(Locale.ROOT))
                .approval(trail).build();
    }

    /**
     * A database over an in-memory store, with a journal that also records refusals, and a clock at
     * {@link #T0}.
     *
     * @return the world
     */
    public static World world() {
        return new World();
    }

    /** A wired database and what it writes to. Not thread-safe. */
    public static final class World {
        /** The clock. */
        public final ManualClock clock = ManualClock.at(T0);
        /** The journal's store. */
        public final InMemoryAuditStore audit = InMemoryAuditStore.create();
        /** The journal. */
        public final AuditJournal journal;
        /** The policy, whose refusals are journaled. */
        public final AccessPolicy policy;
        /** The observations. */
        public final InMemoryValuationStore store = InMemoryValuationStore.create();
        /** The database. */
        public final ValuationDatabase db;

        World() {
            AccessPolicy base = AccessPolicy.builder(UNITS).build();
            journal = AuditJournal.builder(audit, JournalSigningKey.generate(), base).clock(clock).checkpointEvery(0).build();
            policy = base.toBuilder().denialListener(journal.denialListener()).build();
            db = ValuationDatabase.builder(store, policy).clock(clock).journal(journal).origin("val-app-01").build();
        }

        /**
         * Returns what was journaled, in order.
         *
         * @return the events
         */
        public List<AuditEvent> events() {
            return audit.entries().stream().map(AuditEntry::event).toList();
        }
    }
}
