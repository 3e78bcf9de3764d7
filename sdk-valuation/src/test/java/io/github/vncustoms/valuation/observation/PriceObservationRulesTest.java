package io.github.vncustoms.valuation.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.approval.ApprovalTrail;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.approval.Submission;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.GoodsAttribute;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.source.PriceSource;
import io.github.vncustoms.valuation.source.SourceGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** An observation carries what the regulation asks of its source (VAL-02, VAL-15..17), and only verified, undoubted ones count. */
final class PriceObservationRulesTest {
    private static final Instant ENTERED = Instant.parse("2026-11-03T03:00:00Z");   // 10:00 in Hà Nội
    private static final GoodsDescriptor TV = GoodsDescriptor.builder(HsCode.parse("8528.72.92"), "Ti vi LED")
            .with(GoodsAttribute.MANUFACTURER, "LG Electronics").with(GoodsAttribute.MODEL, "55UR8050PSB").build();
    private static final Submission PROPOSAL = new Submission("lan.nt", "01AB", "Giá chào bán đại lý", List.of("Bản in"), ENTERED);

    private static PriceObservation.Builder draft(PriceSource source) {
        return PriceObservation.builder().id("OBS-1").goods(TV).source(source).unitPrice(Money.of("400.00", "USD"))
                .unit(UnitOfMeasure.PIECE).priceDate(LocalDate.of(2026, 11, 2)).determinedOn(LocalDate.of(2026, 11, 3))
                .enteredAt(ENTERED).enteringUnit("01ab").enteringOfficer("lan.nt");
    }

    @Property
    void everySource_takesAProposalExactlyWhenItIsNotCustomsOwnRecord(@ForAll PriceSource source) {
        ApprovalTrail trail = source.needsApproval() ? ApprovalTrail.pending(PROPOSAL) : ApprovalTrail.notRequired();
        SurveySheet sheet = source.needsSurveySheet() ? new SurveySheet(List.of("Nguyễn Thị Lan", "Lê Văn Hùng"),
                "12 Hàng Bài, Hà Nội", ENTERED, "Ti vi LED LG 55UR8050PSB", Money.of("400.00", "USD"), UnitOfMeasure.PIECE,
                CommercialLevel.DOMESTIC_RETAIL, "") : null;
        CommercialLevel level = sheet == null ? CommercialLevel.UNKNOWN : CommercialLevel.DOMESTIC_RETAIL;
        PriceObservation ok = draft(source).approval(trail).survey(sheet).commercialLevel(level).build();
        assertThat(ok.enteringUnit()).isEqualTo("01AB");
        assertThat(ok.counts()).isEqualTo(!source.needsApproval());
        assertThat(source.needsApproval()).isEqualTo(source.group() == SourceGroup.OTHER);
        ApprovalTrail wrong = source.needsApproval() ? ApprovalTrail.notRequired() : ApprovalTrail.pending(PROPOSAL);
        assertThatThrownBy(() -> draft(source).approval(wrong).survey(sheet).commercialLevel(level).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining(source.name());
    }

    @Example
    void anAcceptedOffer_counts_aRejectedOneStaysOnRecordWithoutCounting() {
        PriceObservation pending = draft(PriceSource.INTERNET_OFFER).approval(ApprovalTrail.pending(PROPOSAL)).build();
        assertThat(pending.reliability()).isEqualTo(Reliability.UNVERIFIED);
        PriceObservation accepted = pending.withDecision(new LeaderDecision("hung.lv", "01AB", Verdict.ACCEPTED, "", ENTERED));
        assertThat(accepted.counts()).isTrue();
        assertThat(accepted.reliability()).isEqualTo(Reliability.VERIFIED);
        PriceObservation rejected = pending.withDecision(new LeaderDecision("hung.lv", "01AB", Verdict.NOT_ACCEPTED, "", ENTERED));
        assertThat(rejected.counts()).isFalse();
        assertThat(rejected.approval().decision().remark()).isEmpty();
    }

    @Example
    void aDoubtfulDeclaredValue_neverCounts() {
        PriceObservation doubtful = draft(PriceSource.ACCEPTED_DECLARED_VALUE).suspicious(true).build();
        assertThat(doubtful.reliability()).isEqualTo(Reliability.VERIFIED);
        assertThat(doubtful.counts()).isFalse();
    }

    @Example
    void aDomesticSurvey_needsTwoDifferentOfficersAndTheSheetsFigures() {
        assertThatThrownBy(() -> draft(PriceSource.DOMESTIC_MARKET_SURVEY).approval(ApprovalTrail.pending(PROPOSAL)).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("VAL-16");
        assertThatThrownBy(() -> new SurveySheet(List.of("Nguyễn Thị Lan", "nguyễn thị lan"), "12 Hàng Bài", ENTERED, "Ti vi",
                Money.of("400.00", "USD"), UnitOfMeasure.PIECE, CommercialLevel.DOMESTIC_RETAIL, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("two different officers");
        SurveySheet sheet = new SurveySheet(List.of("Nguyễn Thị Lan", "Lê Văn Hùng"), "12 Hàng Bài", ENTERED, "Ti vi",
                Money.of("380.00", "USD"), UnitOfMeasure.PIECE, CommercialLevel.DOMESTIC_RETAIL, null);
        assertThatThrownBy(() -> draft(PriceSource.DOMESTIC_MARKET_SURVEY).approval(ApprovalTrail.pending(PROPOSAL))
                .commercialLevel(CommercialLevel.DOMESTIC_RETAIL).survey(sheet).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("differs from its survey sheet");
        assertThatThrownBy(() -> new SurveySheet(List.of("A B", "C D"), "x", ENTERED, "Ti vi", Money.of("1.00", "USD"),
                UnitOfMeasure.PIECE, CommercialLevel.IMPORT, "")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("DOMESTIC_RETAIL or DOMESTIC_WHOLESALE");
    }

    @Example
    void everyProblem_isReportedAtOnce() {
        assertThatThrownBy(() -> draft(PriceSource.CUSTOMS_VALUATION_RESULT).id("bad id").unitPrice(Money.of("0", "USD"))
                .originCountry("China").determinedOn(LocalDate.of(2026, 11, 4)).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(4))
                .hasMessageContaining("entered on or after the day it was determined");
    }
}
