package io.github.vncustoms.valuation.revision;

import static io.github.vncustoms.valuation.risklist.RiskListFixtures.BRANCH_LEADER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.HQ_OFFICER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.OFFICER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.OTHER_LEADER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.SAIGON;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.T0;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.TODAY;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.TXNK_LEADER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.denials;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.derivation;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.laptop;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.risklist.RiskListFixtures.World;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Revision proposals go through a competent leader's decision, and every record is kept (VAL-13, VAL-14). */
final class RevisionDeskTest {
    private static final String CRITERION = "TT 39/2015 Art. 24: kim ngạch lớn";
    private final World world = new World();
    private final InMemoryRevisionStore store = InMemoryRevisionStore.create();
    private final RevisionDesk desk = RevisionDesk.builder(store, world.policy).clock(world.clock).journal(world.journal)
            .origin("test-host").ids(new java.util.function.Supplier<>() {
                private int n;

                @Override
                public String get() {
                    return "RV-" + ++n;
                }
            }).build();

    private static RevisionProposal amendment() {
        PriceEvidence e = new PriceEvidence(phone(), derivation(Money.of("1150.00", "USD"), UnitOfMeasure.PIECE, "OBS-7"),
                TODAY.minusDays(2), "Hàn Quốc");
        return new RevisionProposal(RevisionKind.AMEND_PRICE, phone(), UnitOfMeasure.PIECE, "8517-0001",
                Money.of("1000.00", "USD"), Money.of("1150.00", "USD"), new BigDecimal("15.00"), "", List.of(e));
    }

    private static RevisionProposal addition() {
        return new RevisionProposal(RevisionKind.ADD_ITEM, laptop("XPS 13"), UnitOfMeasure.PIECE, "", null, null, null,
                CRITERION, List.of());
    }

    @Test
    @DisplayName("VAL-13: an officer reports a finding with its documents; the record is pending and journaled")
    void submit_keepsAPendingRecord_citingDocumentsAndSources() {
        RevisionRecord r = desk.submit(OFFICER, amendment(), "Giá nhập khẩu tăng", List.of("Tờ khai 104512345678"));

        assertThat(r.id()).isEqualTo("RV-1");
        assertThat(r.state()).isEqualTo(ApprovalState.PENDING);
        assertThat(r.proposerUnit()).isEqualTo("01AB");
        assertThat(r.submission().submittedAt()).isEqualTo(T0);
        assertThat(r.submission().evidence()).containsExactly("Tờ khai 104512345678", "observation OBS-7 (INTERNET_OFFER)");
        assertThat(store.get("RV-1")).contains(r);

        AuditEvent e = world.audit.entries().get(0).event();
        assertThat(e.action()).isEqualTo("valuation.revision.submitted");
        assertThat(e.objectType()).isEqualTo(RevisionDesk.OBJECT_TYPE);
        assertThat(e.objectUnit()).isEqualTo("01AB");
        assertThat(e.details()).containsEntry("kind", "AMEND_PRICE").containsEntry("form", "03/DMSĐ/2015")
                .containsEntry("itemId", "8517-0001").containsEntry("currentPrice", "1000.00 USD")
                .containsEntry("proposedPrice", "1150.00 USD").containsEntry("changePercent", "15.00")
                .containsEntry("evidence", "1").containsEntry("state", "PENDING");
    }

    @Test
    @DisplayName("VAL-13: a report must cite documents (chứng từ, tài liệu); one pending report per kind and goods")
    void submit_refusesReportsWithoutDocuments_andDuplicates() {
        assertThatThrownBy(() -> desk.submit(HQ_OFFICER, addition(), "Đáp ứng tiêu chí", List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cites no evidence");
        assertThatThrownBy(() -> desk.submit(HQ_OFFICER, addition(), " ", List.of("Báo cáo 1")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("reasoning");

        RevisionRecord first = desk.submit(HQ_OFFICER, addition(), "Đáp ứng tiêu chí", List.of("Báo cáo phân tích 12"));
        assertThatThrownBy(() -> desk.submit(OFFICER, addition(), "Đáp ứng tiêu chí", List.of("Báo cáo 13")))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining(first.id());

        desk.decide(TXNK_LEADER, first.id(), Verdict.NOT_ACCEPTED, "Chưa đủ căn cứ");
        assertThat(desk.submit(OFFICER, addition(), "Bổ sung căn cứ", List.of("Báo cáo 14")).state())
                .isEqualTo(ApprovalState.PENDING);
    }

    @Test
    @DisplayName("VAL-13, VAL-14: a competent leader decides once; incompetent accounts are refused and journaled")
    void decide_byCompetentLeaderOnce() {
        RevisionRecord r = desk.submit(OFFICER, amendment(), "Giá nhập khẩu tăng", List.of("Tờ khai 104512345678"));
        world.clock.advance(Duration.ofHours(3));

        assertThatThrownBy(() -> desk.decide(OTHER_LEADER, r.id(), Verdict.ACCEPTED, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.decide(TXNK_LEADER, r.id(), Verdict.ACCEPTED, ""))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("neither the proposer's unit");
        RevisionRecord decided = desk.decide(BRANCH_LEADER, r.id(), Verdict.ACCEPTED, "Chuyển Cục Thuế XNK");
        assertThatThrownBy(() -> desk.decide(BRANCH_LEADER, r.id(), Verdict.NOT_ACCEPTED, ""))
                .isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> desk.decide(BRANCH_LEADER, "RV-404", Verdict.ACCEPTED, "")).isInstanceOf(NotFoundException.class);

        assertThat(decided.state()).isEqualTo(ApprovalState.ACCEPTED);
        assertThat(decided.trail().decision().decidedAt()).isEqualTo(T0.plus(Duration.ofHours(3)));
        assertThat(store.get(r.id())).contains(decided);
        assertThat(denials(world.audit)).extracting(AuditEvent::actorId).containsExactly("lanhdao.hq02", "lanhdao.txnk");
        assertThat(world.audit.entries().stream().map(AuditEntry::event).map(AuditEvent::action).toList())
                .containsSubsequence("valuation.revision.submitted", "valuation.revision.decided");
        world.journal.verify().requireIntact();
    }

    @Test
    @DisplayName("VAL-14, VAL-20: every record is kept and read within the caller's scope")
    void records_areKept_andReadInScope() {
        RevisionRecord hanoi = desk.submit(OFFICER, amendment(), "Giá tăng", List.of("Tờ khai 1"));
        world.clock.advance(Duration.ofMinutes(1));
        RevisionRecord saigon = desk.submit(SAIGON, addition(), "Đáp ứng tiêu chí", List.of("Báo cáo 2"));
        desk.decide(BRANCH_LEADER, hanoi.id(), Verdict.NOT_ACCEPTED, "Chưa đủ căn cứ");

        assertThat(desk.search(TXNK_LEADER, RevisionQuery.all(), PageRequest.first(10)).items())
                .extracting(RevisionRecord::id).containsExactly(hanoi.id(), saigon.id());
        assertThat(desk.search(OTHER_LEADER, RevisionQuery.all(), PageRequest.first(10)).items()).containsExactly(saigon);
        assertThat(desk.search(TXNK_LEADER, RevisionQuery.all().withStates(ApprovalState.NOT_ACCEPTED)
                .withKinds(RevisionKind.AMEND_PRICE).forGoods(phone()).forItem("8517-0001"), PageRequest.first(10)).items())
                .singleElement().satisfies(r -> assertThat(r.trail().decision().remark()).isEqualTo("Chưa đủ căn cứ"));
        assertThat(desk.search(OFFICER.withState(AccountState.CLOSED), RevisionQuery.all(), PageRequest.first(10)).total()).isZero();

        assertThat(desk.get(TXNK_LEADER, saigon.id())).isEqualTo(saigon);
        assertThatThrownBy(() -> desk.get(OTHER_LEADER, hanoi.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(denials(world.audit)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("read revision " + hanoi.id()));
    }

    @Test
    @DisplayName("VAL-13: the amendment renders as form 03/DMSĐ/2015 in Vietnamese, modelled on Art. 5.4")
    void form_rendersInVietnamese() {
        RevisionRecord r = desk.submit(OFFICER, amendment(), "Giá nhập khẩu tăng", List.of("Tờ khai 104512345678"));

        String form = r.form();

        assertThat(form).contains("Mẫu số 03/DMSĐ/2015")
                .contains("BÁO CÁO ĐỀ XUẤT SỬA ĐỔI MỨC GIÁ THAM CHIẾU")
                .contains("mô phỏng theo khoản 4 Điều 5 Quyết định 2344/QĐ-TCHQ")
                .contains("Đơn vị đề xuất: 01AB")
                .contains("Ngày đề xuất: 20/11/2026")
                .contains("2. Mã số HS: 8517.13.00")
                .contains("4. Xuất xứ: Hàn Quốc")
                .contains("6. Mức giá tham chiếu hiện hành: 1.000,00 USD/PCE")
                .contains("7. Mức giá đề xuất: 1.150,00 USD/PCE")
                .contains("+15,00%")
                .contains("internet offer price (VAL-08): 1.150,00 USD/PCE, ngày 18/11/2026, xuất xứ Hàn Quốc")
                .contains("nguồn: OBS-7 (INTERNET_OFFER, ACCEPTED)")
                .contains("11. Lập luận: Giá nhập khẩu tăng")
                .contains("- Tờ khai 104512345678")
                .contains("chờ phê duyệt");

        world.clock.advance(Duration.ofHours(1));
        RevisionRecord decided = desk.decide(BRANCH_LEADER, r.id(), Verdict.ACCEPTED, "Đồng ý");
        assertThat(decided.form()).contains("Ý kiến Lãnh đạo: CHẤP NHẬN — lanhdao.01ab (01AB), 20/11/2026 10:00")
                .contains("Ghi chú: Đồng ý");
    }

    @Test
    void form_rendersInEnglish_andAnAdditionShowsItsCriterion() {
        RevisionRecord r = desk.submit(HQ_OFFICER, addition(), "Meets the criteria", List.of("Analysis 12"));
        world.clock.advance(Duration.ofHours(1));
        RevisionRecord decided = desk.decide(TXNK_LEADER, r.id(), Verdict.NOT_ACCEPTED, "");

        String form = decided.form(Locale.ENGLISH);

        assertThat(form).contains("Form 02/DMBX/2015")
                .contains("REPORT PROPOSING AN ADDITION TO THE VALUATION-RISK GOODS LIST")
                .contains("Fields modelled on QĐ 2344/QĐ-TCHQ Art. 5.4")
                .contains("4. Origin: unknown")
                .contains("5. List item: not yet listed")
                .contains("6. Reference price in force: none")
                .contains("7. Proposed price: to be determined")
                .contains("9. Criterion met (Circular 39/2015/TT-BTC Art. 24): " + CRITERION)
                .contains("(no price information yet)")
                .contains("Leader's decision: not accepted (không chấp nhận) — lanhdao.txnk (TCHQ-TXNK), 2026-11-20 10:00")
                .doesNotContain("Remark:");
        assertThat(decided.form(Locale.FRENCH)).contains("Mẫu số 02/DMBX/2015");
    }
}
