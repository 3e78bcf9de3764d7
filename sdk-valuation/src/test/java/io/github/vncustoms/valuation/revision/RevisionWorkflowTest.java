package io.github.vncustoms.valuation.revision;

import static io.github.vncustoms.valuation.risklist.RiskListFixtures.BRANCH_LEADER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.HQ_OFFICER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.ISSUER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.OFFICER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.TODAY;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.TXNK_LEADER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.derivation;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.proposal.ProposalDraft;
import io.github.vncustoms.valuation.proposal.ReferencePriceProposal;
import io.github.vncustoms.valuation.reference.Derivation;
import io.github.vncustoms.valuation.risklist.RiskListChanges;
import io.github.vncustoms.valuation.risklist.RiskListFixtures.World;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * QĐ 2344 Art. 5.4.b end to end (VAL-11, VAL-13, VAL-14): a branch finds a price moved by more than 10% and reports
 * it on form 03/DMSĐ/2015; its leader accepts; the Import-Export Tax Department proposes the new reference price
 * citing the report; its leader accepts; HQ issues the amendment; look-ups see the new price from its first day and
 * the old one before; every step is on record.
 */
final class RevisionWorkflowTest {
    private final World world = new World();
    private final RevisionDesk revisions = RevisionDesk.builder(InMemoryRevisionStore.create(), world.policy)
            .clock(world.clock).journal(world.journal).build();

    @Test
    @DisplayName("VAL-13 b: from evidence to an issued amendment, every record kept")
    void aPriceMovedByMoreThanTenPercent_isAmendedThroughTheWholeWorkflow() {
        ReferencePriceProposal original = world.accepted(phone(), "1000.00", "");
        world.list.issue(ISSUER, RiskListChanges.builder("1000/QĐ-TCHQ").add("8517-0001", original, TODAY).build());

        world.clock.advance(Duration.ofDays(30));
        LocalDate day = TODAY.plusDays(30);
        Derivation declared = derivation(Money.of("1180.00", "USD"), UnitOfMeasure.PIECE, "OBS-DECL-1");
        List<RevisionProposal> found = RevisionMonitor.builder().build().review(
                world.list.current(OFFICER).orElseThrow(), day,
                List.of(PriceEvidence.of(phone(), declared, day)), List.of());
        assertThat(found).singleElement().satisfies(p -> assertThat(p.changePercent()).isEqualByComparingTo("18.00"));

        RevisionRecord report = revisions.submit(OFFICER, found.get(0), "Trị giá khai báo tăng 18%",
                List.of("Tờ khai 104598765432"));
        revisions.decide(BRANCH_LEADER, report.id(), Verdict.ACCEPTED, "Đề nghị Cục Thuế XNK xem xét");

        ReferencePriceProposal amendment = world.desk.propose(HQ_OFFICER, ProposalDraft.of(phone(),
                        Money.of("1180.00", "USD"), UnitOfMeasure.PIECE, List.of(declared), "Tổng hợp đề xuất của Chi cục 01AB")
                .amending("8517-0001").withDocuments(List.of("Báo cáo " + report.id() + " (mẫu 03/DMSĐ/2015)")));
        world.desk.decide(TXNK_LEADER, amendment.id(), Verdict.ACCEPTED, "Trình Tổng cục ban hành");
        RiskListVersion v2 = world.list.issue(ISSUER, RiskListChanges.builder("1500/QĐ-TCHQ")
                .amend(world.desk.get(ISSUER, amendment.id()), day.plusDays(1)).build());

        assertThat(v2.item("8517-0001/2").referencePrice()).isEqualTo(Money.of("1180.00", "USD"));
        assertThat(world.list.lookup(OFFICER, phone(), day).orElseThrow().referencePrice())
                .isEqualTo(Money.of("1000.00", "USD"));
        assertThat(world.list.lookup(OFFICER, phone(), day.plusDays(1)).orElseThrow().referencePrice())
                .isEqualTo(Money.of("1180.00", "USD"));
        assertThat(world.desk.get(ISSUER, amendment.id()).submission().evidence())
                .contains("Báo cáo " + report.id() + " (mẫu 03/DMSĐ/2015)");
        assertThat(world.audit.entries().stream().map(AuditEntry::event).map(AuditEvent::action).toList()).containsExactly(
                "valuation.proposal.submitted", "valuation.proposal.decided", "valuation.risklist.issued",
                "valuation.revision.submitted", "valuation.revision.decided",
                "valuation.proposal.submitted", "valuation.proposal.decided", "valuation.risklist.issued");
        world.journal.verify().requireIntact();
    }
}
