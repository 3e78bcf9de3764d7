package io.github.vncustoms.valuation.observation;

import static io.github.vncustoms.valuation.observation.RecordsFixtures.DAY;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.T0;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.account;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.declared;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.leader;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.offer;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.officer;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.audit.AuditOutcome;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Officers enter customs' own results at once and propose the other sources (VAL-02, VAL-15..18, VAL-20). */
final class ValuationDatabaseEntryTest {
    private final RecordsFixtures.World world = RecordsFixtures.world();
    private final ValuationDatabase db = world.db;
    private final Account lan = officer("lan.nt", "01AB");

    @Test
    @DisplayName("VAL-18: a recorded result is stamped with the clock's time, the officer's unit and id, and a new id")
    void record_stampsTimeUnitOfficerAndId() {
        world.clock.advance(Duration.ofMinutes(5));
        PriceObservation o = db.record(lan, declared(phone(), "412.50", DAY).enteringUnit("02XE").enteringOfficer("someone"));

        assertThat(o.id()).startsWith("OBS-").hasSize(40);
        assertThat(o.enteredAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(o.enteringUnit()).isEqualTo("01AB");
        assertThat(o.enteringOfficer()).isEqualTo("lan.nt");
        assertThat(o.approval().state()).isEqualTo(ApprovalState.NOT_REQUIRED);
        assertThat(o.counts()).isTrue();
        assertThat(world.store.find(o.id())).contains(o);
    }

    @Test
    void record_keepsTheDraftsOwnId_andUsesTheGeneratorOtherwise() {
        AtomicInteger n = new AtomicInteger();
        ValuationDatabase numbered = db.toBuilder().idGenerator(() -> "GT-" + n.incrementAndGet()).build();
        assertThat(numbered.record(lan, declared(phone(), "400.00", DAY).id("TK-104512345678-1")).id()).isEqualTo("TK-104512345678-1");
        assertThat(numbered.record(lan, declared(phone(), "401.00", DAY)).id()).isEqualTo("GT-1");
        assertThat(numbered.record(lan, declared(phone(), "402.00", DAY)).id()).isEqualTo("GT-2");
    }

    @Test
    void record_withATakenId_isRefused_andKeepsTheFirst() {
        PriceObservation first = db.record(lan, declared(phone(), "400.00", DAY).id("TK-1"));
        assertThatThrownBy(() -> db.record(lan, declared(phone(), "999.00", DAY).id("TK-1")))
                .isInstanceOf(InvalidStateException.class);
        assertThat(world.store.find("TK-1")).contains(first);
    }

    @Test
    @DisplayName("VAL-15: a source that needs a leader's acceptance cannot be recorded; the message says to propose it")
    void record_ofASourceNeedingApproval_pointsToPropose() {
        assertThatThrownBy(() -> db.record(lan, offer(phone(), "950.00", DAY)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("propose(")
                .hasMessageContaining("VAL-15");
        assertThat(world.store.size()).isZero();
    }

    @Test
    @DisplayName("VAL-02: customs' own result cannot be proposed; the message says to record it")
    void propose_ofCustomsOwnResult_pointsToRecord() {
        assertThatThrownBy(() -> db.propose(lan, declared(phone(), "400.00", DAY), "Lập luận", List.of("tk.pdf")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("record(");
        assertThat(world.store.size()).isZero();
    }

    @Test
    void anInvalidDraft_keepsItsOwnMessage() {
        assertThatThrownBy(() -> db.record(lan, declared(phone(), "400.00", DAY).originCountry("CHN")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("origin country")
                .hasMessageNotContaining("propose(");
        assertThatThrownBy(() -> db.record(lan, declared(phone(), "400.00", DAY).unit(null)))
                .isInstanceOf(NullPointerException.class).hasMessage("unit");
    }

    @Test
    @DisplayName("VAL-18: a value determined after the day it is entered is refused")
    void record_ofAValueDeterminedTomorrow_isRefused() {
        assertThatThrownBy(() -> db.record(lan, declared(phone(), "400.00", DAY.plusDays(1))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("determined on");
    }

    @Test
    @DisplayName("VAL-15: a proposal is stored PENDING with the officer's tờ trình, and does not count")
    void propose_storesAPendingProposal_thatDoesNotCount() {
        world.clock.advance(Duration.ofHours(1));
        PriceObservation o = db.propose(lan, offer(phone(), "950.00", DAY),
                "Giá chào bán của đại lý chính hãng tại Hàn Quốc", List.of("in-trang-web-2026-11-20.pdf", " "));

        assertThat(o.approval().state()).isEqualTo(ApprovalState.PENDING);
        assertThat(o.approval().submission().proposerId()).isEqualTo("lan.nt");
        assertThat(o.approval().submission().proposerUnit()).isEqualTo("01AB");
        assertThat(o.approval().submission().submittedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(o.approval().submission().evidence()).containsExactly("in-trang-web-2026-11-20.pdf");
        assertThat(o.counts()).isFalse();
        assertThat(db.comparables(lan, phone(), DAY.minusMonths(6), DAY)).isEmpty();
        assertThat(db.search(lan, ObservationQuery.all(), PageRequest.first(10)).items()).containsExactly(o);
    }

    @Test
    void propose_withoutReasoningOrEvidence_isRefused() {
        assertThatThrownBy(() -> db.propose(lan, offer(phone(), "950.00", DAY), "  ", List.of("a.pdf")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("reasoning");
        assertThatThrownBy(() -> db.propose(lan, offer(phone(), "950.00", DAY), "Lập luận", List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("evidence");
        assertThat(world.store.size()).isZero();
    }

    @Test
    @DisplayName("VAL-16: a domestic market survey needs its sheet signed by two officers")
    void propose_domesticSurvey_needsTheSurveySheet() {
        PriceObservation.Builder survey = PriceObservation.builder().goods(phone()).source(PriceSource.DOMESTIC_MARKET_SURVEY)
                .unitPrice(Money.vnd(33_990_000)).unit(UnitOfMeasure.PIECE).commercialLevel(CommercialLevel.DOMESTIC_RETAIL)
                .priceDate(DAY).determinedOn(DAY);
        assertThatThrownBy(() -> db.propose(lan, survey, "Khảo sát giá bán lẻ", List.of("phieu-khao-sat-01.pdf")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("VAL-16");

        SurveySheet sheet = new SurveySheet(List.of("Nguyễn Thị Lan", "Trần Văn Minh"), "123 Lê Lợi, Quận 1, TP.HCM",
                T0.minus(Duration.ofDays(1)), "Điện thoại Samsung SM-S928B 512GB, hàng chính hãng", Money.vnd(33_990_000),
                UnitOfMeasure.PIECE, CommercialLevel.DOMESTIC_RETAIL, "");
        PriceObservation o = db.propose(lan, survey.survey(sheet), "Khảo sát giá bán lẻ", List.of("phieu-khao-sat-01.pdf"));
        assertThat(o.survey()).isEqualTo(sheet);
        assertThat(o.approval().state()).isEqualTo(ApprovalState.PENDING);
        assertThat(world.events().get(world.events().size() - 1).details())
                .containsEntry("surveyOfficers", "Nguyễn Thị Lan, Trần Văn Minh");
    }

    @Test
    @DisplayName("VAL-20: only an ACTIVE valuation officer enters; every refusal is journaled as DENIED")
    void onlyActiveOfficers_enter_andRefusalsAreJournaled() {
        Account leaderOnly = leader("hung.lv", "01AB");
        Account locked = account("lan.old", "01AB", AccountState.LOCKED, ValuationRoles.OFFICER);
        Account movedOff = lan.withRoles(java.util.Set.of());

        assertThatThrownBy(() -> db.record(leaderOnly, declared(phone(), "400.00", DAY)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(ValuationRoles.OFFICER);
        assertThatThrownBy(() -> db.record(locked, declared(phone(), "400.00", DAY)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("LOCKED");
        assertThatThrownBy(() -> db.propose(movedOff, offer(phone(), "950.00", DAY), "Lập luận", List.of("a.pdf")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(world.store.size()).isZero();
        assertThat(world.events()).hasSize(3).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED));
        assertThat(world.events()).extracting(AuditEvent::actorId).containsExactly("hung.lv", "lan.old", "lan.nt");
        assertThat(world.events()).extracting(AuditEvent::action)
                .containsExactly("record a price observation", "record a price observation", "propose a price observation");
        world.journal.verify().requireIntact();
    }
}
