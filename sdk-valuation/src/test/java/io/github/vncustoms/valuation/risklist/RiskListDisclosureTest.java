package io.github.vncustoms.valuation.risklist;

import static io.github.vncustoms.valuation.risklist.RiskListFixtures.ISSUER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.OFFICER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.TODAY;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.denials;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.DisclosureApproval;
import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.valuation.proposal.ReferencePriceProposal;
import io.github.vncustoms.valuation.risklist.RiskListFixtures.World;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The list is internal: it leaves customs only with HQ leadership's approval, and every attempt is journaled (VAL-12, VAL-23). */
final class RiskListDisclosureTest {
    private static final String MOIT = "Bộ Công Thương";
    private final World world = new World();

    private static DisclosureApproval approval(String approverUnit, String recipient, String dataset) {
        return new DisclosureApproval("88/TCHQ-TXNK", "lanhdao.tchq", approverUnit, recipient, Set.of(dataset),
                "Phục vụ quản lý giá", TODAY.minusDays(1), TODAY.plusDays(30));
    }

    private void issue() {
        ReferencePriceProposal p = world.accepted(phone(), "850.00", "");
        world.list.issue(ISSUER, RiskListChanges.builder("").add("8517-0001", p, TODAY).build());
    }

    @Test
    @DisplayName("VAL-23: with HQ leadership's approval for the recipient and dataset, the current version is disclosed and journaled")
    void disclose_withHqApproval_handsOverTheCurrentVersion() {
        issue();
        RiskListVersion disclosed = world.list.disclose(OFFICER, "bộ công thương", approval("TCHQ", MOIT, RiskList.DATASET));

        assertThat(disclosed).isEqualTo(world.list.current(OFFICER).orElseThrow());
        AuditEvent last = world.audit.entries().get(world.audit.entries().size() - 1).event();
        assertThat(last.action()).isEqualTo("valuation.risklist.disclosed");
        assertThat(last.actorId()).isEqualTo("canbo.01ab");
        assertThat(last.details()).containsEntry("recipient", "bộ công thương").containsEntry("approval", "88/TCHQ-TXNK")
                .containsEntry("approver", "lanhdao.tchq").containsEntry("version", "1").containsEntry("items", "1");
        world.journal.verify().requireIntact();
    }

    @Test
    @DisplayName("VAL-12, VAL-23: without approval, with one not from HQ, for another recipient or dataset, or expired: refused and journaled")
    void disclose_withoutAValidHqApproval_isRefusedAndJournaled() {
        issue();
        assertThatThrownBy(() -> world.list.disclose(OFFICER, MOIT, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("no approval from headquarters leadership");
        assertThatThrownBy(() -> world.list.disclose(OFFICER, MOIT, approval("HQ01", MOIT, RiskList.DATASET)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not by headquarters");
        assertThatThrownBy(() -> world.list.disclose(OFFICER, "Công ty ABC", approval("TCHQ", MOIT, RiskList.DATASET)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not for Công ty ABC");
        assertThatThrownBy(() -> world.list.disclose(OFFICER, MOIT, approval("TCHQ", MOIT, "price-observations")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not valuation-risk-list");
        world.clock.advance(java.time.Duration.ofDays(40));
        assertThatThrownBy(() -> world.list.disclose(OFFICER, MOIT, approval("TCHQ", MOIT, RiskList.DATASET)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("is valid");

        assertThat(denials(world.audit)).extracting(AuditEvent::action).containsExactly(
                "disclose valuation-risk-list to " + MOIT, "disclose valuation-risk-list to " + MOIT,
                "disclose valuation-risk-list to Công ty ABC", "disclose valuation-risk-list to " + MOIT,
                "disclose valuation-risk-list to " + MOIT);
        assertThat(denials(world.audit)).allSatisfy(e -> assertThat(e.actorId()).isEqualTo("canbo.01ab"));
        List<String> actions = world.audit.entries().stream().map(AuditEntry::event).map(AuditEvent::action).toList();
        assertThat(actions).doesNotContain("valuation.risklist.disclosed");
    }

    @Test
    void disclose_beforeAnyVersion_isNotFound_afterTheApprovalIsChecked() {
        assertThatThrownBy(() -> world.list.disclose(OFFICER, MOIT, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> world.list.disclose(OFFICER, MOIT, approval("TCHQ", MOIT, RiskList.DATASET)))
                .isInstanceOf(NotFoundException.class);
    }
}
