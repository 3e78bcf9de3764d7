package io.github.vncustoms.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.UnitDirectories;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No customs information leaves customs without headquarters leadership's approval (STA-08, VAL-12, VAL-23). */
final class DisclosureGuardTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T03:00:00Z"));
    private final List<AccessDecision> denials = new ArrayList<>();
    private final DisclosureGuard guard = DisclosureGuard.builder(UnitDirectories.sample()).clock(clock)
            .denialListener(denials::add).build();
    private final Account officer = new Account("tg.officer", AccountKind.PERSONAL, "Nguyễn Văn A", "TCHQ-TXNK",
            Set.of("VALUATION_OFFICER"), AccountState.ACTIVE);
    private final DisclosureApproval approval = new DisclosureApproval("1234/TCHQ-TXNK", "leader.01", "TCHQ",
            "Bộ Công Thương", Set.of("Valuation-Risk-List"), "phối hợp quản lý giá", LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 6, 30));

    @Test
    void approvedDisclosure_passes_matchingTheRecipientWithoutCaseOrDiacritics() {
        guard.requireApproved(officer, "bo cong thuong", "valuation-risk-list", approval);
        assertThat(denials).isEmpty();
    }

    @Test
    void disclosureWithoutApproval_isRefusedAndJournaled() {
        assertThatThrownBy(() -> guard.requireApproved(officer, "Báo Đầu tư", "valuation-risk-list", null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("no approval from headquarters leadership");
        assertThat(denials).singleElement().satisfies(d -> assertThat(d.action()).isEqualTo("disclose valuation-risk-list to Báo Đầu tư"));
    }

    @Test
    void misuse_isRefused_namingEveryUnmetCondition() {
        DisclosureApproval byDepartment = new DisclosureApproval("9/HQHN", "leader.hn", "HQ01", "Bộ Công Thương",
                Set.of("valuation-risk-list"), "x", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        assertThat(guard.problems(officer, "Bộ Công Thương", "valuation-risk-list", byDepartment))
                .containsExactly("approval 9/HQHN was given by unit HQ01, not by headquarters");
        assertThat(guard.problems(officer, "Báo Đầu tư", "declarations", approval)).containsExactly(
                "approval 1234/TCHQ-TXNK is for Bộ Công Thương, not for Báo Đầu tư",
                "approval 1234/TCHQ-TXNK covers [valuation-risk-list], not declarations");
        clock.set(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(guard.problems(officer, "Bộ Công Thương", "valuation-risk-list", approval))
                .containsExactly("approval 1234/TCHQ-TXNK is valid 2026-06-01 to 2026-06-30, not on 2026-07-01");
        assertThat(guard.problems(officer.withState(AccountState.LOCKED), "Bộ Công Thương", "valuation-risk-list", approval))
                .contains("account tg.officer is LOCKED");
    }

    @Test
    void malformedApprovals_areRejected() {
        assertThatThrownBy(() -> new DisclosureApproval("1/TCHQ", "l", "TCHQ", "X", Set.of(), "p",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("names no dataset");
        assertThatThrownBy(() -> new DisclosureApproval("1/TCHQ", "l", "TCHQ", "X", Set.of("a"), "p",
                LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("before it starts");
    }
}
