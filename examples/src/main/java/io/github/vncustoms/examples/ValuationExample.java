package io.github.vncustoms.examples;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountKind;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.audit.AuditJournal;
import io.github.vncustoms.core.audit.InMemoryAuditStore;
import io.github.vncustoms.core.audit.JournalSigningKey;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.time.ManualClock;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.duty.SameDayDutyCheck;
import io.github.vncustoms.valuation.duty.SameDayDutyReport;
import io.github.vncustoms.valuation.duty.UnitDuty;
import io.github.vncustoms.valuation.goods.GoodsAttribute;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.observation.CommercialLevel;
import io.github.vncustoms.valuation.observation.InMemoryValuationStore;
import io.github.vncustoms.valuation.observation.Incoterm;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.observation.ValuationDatabase;
import io.github.vncustoms.valuation.proposal.InMemoryProposalStore;
import io.github.vncustoms.valuation.proposal.ProposalDesk;
import io.github.vncustoms.valuation.proposal.ProposalDraft;
import io.github.vncustoms.valuation.proposal.ReferencePriceProposal;
import io.github.vncustoms.valuation.reference.Derivation;
import io.github.vncustoms.valuation.reference.InternetOfferRule;
import io.github.vncustoms.valuation.reference.LookBackResult;
import io.github.vncustoms.valuation.reference.LookBackRule;
import io.github.vncustoms.valuation.revision.PriceEvidence;
import io.github.vncustoms.valuation.revision.RevisionMonitor;
import io.github.vncustoms.valuation.revision.RevisionProposal;
import io.github.vncustoms.valuation.risklist.InMemoryRiskListStore;
import io.github.vncustoms.valuation.risklist.RiskList;
import io.github.vncustoms.valuation.risklist.RiskListChanges;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import io.github.vncustoms.valuation.screening.BelowReference;
import io.github.vncustoms.valuation.screening.DeclarationLine;
import io.github.vncustoms.valuation.screening.Screener;
import io.github.vncustoms.valuation.screening.ScreeningOutcome;
import io.github.vncustoms.valuation.source.PriceSource;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A month at the customs valuation database on the sample directory (QĐ 2344/QĐ-TCHQ, VAL-01..23):
 * a branch enters customs-determined values of a television and proposes an internet offer that
 * its leader accepts; the Import-Export Tax Department derives a reference price from both (the
 * look-back window with a robust median, and the internet rule), proposes it, has it approved and
 * issued in the valuation-risk list; three declaration lines are screened against the list (flags
 * and reasons, never a value to impose); new evidence more than 10 % higher yields an amendment
 * proposal on form 03/DMSĐ; and the same-day entry duty is checked.
 *
 * <p>Stateless: each call to {@link #print} builds its own database over its own clock.
 */
public final class ValuationExample {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate BUILD_DAY = LocalDate.of(2026, 11, 20);

    private ValuationExample() {}

    /**
     * Runs the month and prints what it found.
     *
     * @param out where to print
     */
    public static void print(PrintStream out) {
        ManualClock clock = ManualClock.at(at(LocalDate.of(2026, 6, 1)));
        UnitDirectory units = UnitDirectories.sample();
        AuditJournal journal = AuditJournal.builder(InMemoryAuditStore.create(), JournalSigningKey.generate(),
                AccessPolicy.builder(units).build()).clock(clock).checkpointEvery(0).build();
        AccessPolicy policy = AccessPolicy.builder(units).denialListener(journal::recordDenial).build();

        Account lan = account("lan.nt", "Nguyễn Thị Lan", "01AB", ValuationRoles.OFFICER);
        Account hung = account("hung.lv", "Lê Văn Hùng", "01AB", ValuationRoles.LEADER);
        Account thu = account("thu.pt", "Phạm Thị Thu", "TCHQ-TXNK", ValuationRoles.OFFICER);
        Account quang = account("quang.nv", "Nguyễn Văn Quang", "TCHQ-TXNK", ValuationRoles.LEADER);
        Account issuer = account("phong.nd", "Nguyễn Duy Phong", "TCHQ", ValuationRoles.LIST_ISSUER);
        Account stranger = account("binh.tt", "Trần Thanh Bình", "02CI", ValuationRoles.OFFICER);

        GoodsDescriptor tv = GoodsDescriptor.builder(HsCode.parse("8528.72.92"), "Ti vi LED")
                .with(GoodsAttribute.MANUFACTURER, "LG Electronics")
                .with(GoodsAttribute.MODEL, "55UR8050PSB")
                .with(GoodsAttribute.SPECIFICATIONS, "55 inch, 4K")
                .build();

        out.println("== Customs valuation database (QĐ 2344/QĐ-TCHQ): " + tv.describe());

        // 1. Branch 01AB enters the values customs determined, on the day each was determined (VAL-18);
        //    one result is entered a day late, and one accepted declared value is flagged as doubtful.
        InMemoryValuationStore store = InMemoryValuationStore.create();
        ValuationDatabase database = ValuationDatabase.builder(store, policy).clock(clock).journal(journal).build();
        String[][] results = {
            {"2026-06-10", "402.00"}, {"2026-07-15", "398.00"}, {"2026-08-20", "405.00"},
            {"2026-09-10", "410.00"}, {"2026-10-05", "395.00"}, {"2026-10-25", "900.00"},
        };
        for (String[] r : results) {
            LocalDate day = LocalDate.parse(r[0]);
            clock.set(at(day));
            database.record(lan, valuationResult(tv, day, r[1], PriceSource.CUSTOMS_VALUATION_RESULT));
        }
        LocalDate lateDay = LocalDate.of(2026, 11, 18);
        clock.set(at(lateDay.plusDays(1)));
        database.record(lan, valuationResult(tv, lateDay, "401.00", PriceSource.CUSTOMS_VALUATION_RESULT));
        database.record(lan, valuationResult(tv, lateDay.plusDays(1), "250.00", PriceSource.ACCEPTED_DECLARED_VALUE)
                .suspicious(true));

        // 2. An internet offer needs a proposal and the branch leader's "chấp nhận" (VAL-15).
        PriceObservation offer = database.propose(lan, PriceObservation.builder().goods(tv)
                        .source(PriceSource.INTERNET_OFFER).unitPrice(Money.of("520.00", "USD")).unit(UnitOfMeasure.PIECE)
                        .commercialLevel(CommercialLevel.EXPORT_DEALER).originCountry("ID")
                        .priceDate(lateDay.plusDays(1)).determinedOn(lateDay.plusDays(1)),
                "Giá chào bán của đại lý chính hãng tại Indonesia, bán công khai không kèm điều kiện",
                List.of("Bản in trang web đại lý ngày 19/11/2026"));
        out.println("  " + store.size() + " observations entered; the internet offer is " + offer.approval().state());
        offer = database.decide(hung, offer.id(), Verdict.ACCEPTED, "Nguồn tin cậy");
        out.println("  " + hung.id() + " wrote \"" + offer.approval().decision().verdict().vietnamese()
                + "\": the offer now counts (" + offer.reliability() + ")");
        try {
            database.get(stranger, offer.id());
        } catch (AccessDeniedException e) {
            out.println("  02CI asking for 01AB's observation: refused (" + e.code().id() + ")");
        }

        // 3. The Import-Export Tax Department derives candidate reference prices (VAL-05, VAL-08).
        clock.set(at(BUILD_DAY));
        List<PriceObservation> comparables = database.comparables(thu, tv, BUILD_DAY.minusYears(2), BUILD_DAY);
        LookBackResult lookBack = LookBackRule.defaultRule().lookBack(tv, BUILD_DAY, comparables);
        Derivation history = lookBack.derivation().orElseThrow();
        out.println("  look-back: " + lookBack.window().kind() + " " + lookBack.window().from() + ".." + lookBack.window().to()
                + ", " + lookBack.observations().size() + " " + lookBack.comparability().orElseThrow()
                + " observations, " + lookBack.price().orElseThrow().excluded().size() + " excluded as an outlier");
        indent(out, history.explain());
        Derivation internet = InternetOfferRule.derive(offer, new BigDecimal("15"));
        indent(out, internet.explain());
        try {
            InternetOfferRule.derive(offer, new BigDecimal("25"));
        } catch (ValidationException e) {
            out.println("  25 % without evidence of the actual rate: refused (" + e.getMessage() + ")");
        }

        // 4. Proposal, leader's approval, issue by headquarters (VAL-11, VAL-13).
        ProposalDesk desk = ProposalDesk.builder(InMemoryProposalStore.create(), policy).clock(clock).journal(journal).build();
        ReferencePriceProposal proposal = desk.propose(thu, ProposalDraft.of(tv, history.value(), UnitOfMeasure.PIECE,
                List.of(history, internet), "Trị giá hải quan đã xác định trong 6 tháng, đối chiếu giá chào bán Internet"));
        proposal = desk.decide(quang, proposal.id(), Verdict.ACCEPTED, "Trình Tổng cục ban hành");
        RiskList riskList = RiskList.builder(InMemoryRiskListStore.create(), policy).clock(clock).journal(journal).build();
        RiskListVersion version = riskList.issue(issuer, RiskListChanges.builder("QĐ 999/QĐ-TCHQ")
                .add("TV-LG-55UR8050", proposal, BUILD_DAY).build());
        out.println("  risk list version " + version.number() + " issued with " + version.size() + " item: "
                + version.item("TV-LG-55UR8050").referencePrice() + " per PCE");

        // 5. Screening declared values: flags and reasons, never a value to impose (VAL-12, VAL-19).
        Screener screener = Screener.builder(version).tolerance(new BigDecimal("0.05")).build();
        GoodsDescriptor phone = GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Điện thoại di động")
                .with(GoodsAttribute.MANUFACTURER, "Samsung").with(GoodsAttribute.MODEL, "SM-S928B").build();
        List<DeclarationLine> lines = List.of(
                line(1, tv, "396.00", "40"), line(2, tv, "300.00", "120"), line(3, phone, "650.00", "10"));
        for (ScreeningOutcome outcome : screener.screenAll(lines)) {
            String deviation = outcome instanceof BelowReference below ? " by " + below.deviationPercent() + " %" : "";
            out.println("  line " + outcome.line().lineNumber() + ": " + outcome.kind() + deviation + ", next "
                    + outcome.nextStep() + " — " + outcome.reasons().get(0));
        }

        // 6. New evidence more than 10 % higher than the reference price: amendment, form 03/DMSĐ (VAL-13).
        Derivation newOffer = InternetOfferRule.derive(Money.of("530.00", "USD"), UnitOfMeasure.PIECE, new BigDecimal("10"));
        List<RevisionProposal> revisions = RevisionMonitor.builder().build()
                .review(version, BUILD_DAY, List.of(PriceEvidence.of(tv, newOffer, BUILD_DAY)), List.of());
        revisions.forEach(r -> out.println("  revision: " + r.kind() + " on form " + r.form() + ", change "
                + r.changePercent() + " %"));

        // 7. The same-day entry duty (VAL-18) and the journal.
        SameDayDutyReport duty = SameDayDutyCheck.create(store, policy).report(thu, LocalDate.of(2026, 6, 1), BUILD_DAY);
        for (UnitDuty unit : duty.unitsWithLateEntries()) {
            out.println("  same-day duty: " + unit.unitCode() + " entered " + unit.late().size() + " of " + unit.results()
                    + " results late, e.g. determined " + unit.late().get(0).determinedOn() + ", entered "
                    + unit.late().get(0).enteredOn());
        }
        out.println("  audit journal: " + journal.lastSequence() + " entries, verified " + journal.verify().ok());
    }

    private static PriceObservation.Builder valuationResult(GoodsDescriptor goods, LocalDate day, String usd, PriceSource source) {
        return PriceObservation.builder().goods(goods).source(source).unitPrice(Money.of(usd, "USD"))
                .unit(UnitOfMeasure.PIECE).commercialLevel(CommercialLevel.IMPORT).incoterm(Incoterm.CIF).originCountry("ID")
                .priceDate(day).determinedOn(day);
    }

    private static DeclarationLine line(int number, GoodsDescriptor goods, String usd, String quantity) {
        return new DeclarationLine("", number, goods, Money.of(usd, "USD"), new BigDecimal(quantity), UnitOfMeasure.PIECE, BUILD_DAY);
    }

    private static Account account(String id, String name, String unit, String role) {
        return new Account(id, AccountKind.PERSONAL, name, unit, Set.of(role), AccountState.ACTIVE);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(VIETNAM).toInstant();
    }

    private static void indent(PrintStream out, String text) {
        text.lines().forEach(l -> out.println("  " + l));
    }
}
