package io.github.vncustoms.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountKind;
import io.github.vncustoms.core.access.AccountRequest;
import io.github.vncustoms.core.access.AccountService;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.access.PasswordHasher;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.org.UnitDirectories;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Account changes and access refusals reach the tamper-evident journal (STA-07, ACC-04). */
final class AccountJournalingTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);
    private final AccessPolicy policy = AccessPolicy.builder(UnitDirectories.sample()).build();
    private final AuditJournal journal = AuditJournal.builder(InMemoryAuditStore.create(), JournalSigningKey.generate(), policy)
            .clock(clock).build();
    private final Account admin = new Account("admin.cntt", AccountKind.ADMINISTRATOR, "Quản trị", "TCHQ-CNTT", Set.of(),
            AccountState.ACTIVE);
    private final Account hqReviewer = new Account("hq.review", AccountKind.PERSONAL, "Kiểm tra", "TCHQ", Set.of(),
            AccountState.ACTIVE);

    @Test
    void accountLifecycleAndRefusals_areJournaled_andTheChainVerifies() {
        AccountService accounts = AccountService.builder().clock(clock).passwordHasher(PasswordHasher.create(1024, 1, 1))
                .eventListener(journal.accountEventListener()).build();
        Account wanted = new Account("noibai.01", AccountKind.UNIT, "Chi cục Nội Bài", "01AB", Set.of(), AccountState.REQUESTED);
        accounts.request(new AccountRequest(wanted, "", false, "CK-7/2026", LocalDate.of(2026, 3, 1)), admin);
        accounts.issue("noibai.01", "Khởi-tạo-2026!".toCharArray(), admin);
        accounts.login("noibai.01", "sai".toCharArray());

        AccessPolicy journaled = policy.toBuilder().denialListener(journal.denialListener()).build();
        Account hanoi = new Account("hanoi.01", AccountKind.UNIT, "Cục HN", "HQ01", Set.of(), AccountState.ACTIVE);
        assertThatThrownBy(() -> journaled.requireVisible(hanoi, "02XE", "read transfer run 7"))
                .isInstanceOf(AccessDeniedException.class);

        List<AuditEntry> entries = journal.query(hqReviewer, AuditQuery.all()).entries();
        assertThat(entries).extracting(e -> e.event().action()).containsExactly(
                "ACCOUNT_REQUEST", "ACCOUNT_ISSUE", "ACCOUNT_LOGIN", "read transfer run 7");
        assertThat(entries.get(0).event().actorId()).isEqualTo("admin.cntt");
        assertThat(entries.get(0).event().actorUnit()).isEqualTo("TCHQ-CNTT");
        assertThat(entries.get(1).event().details()).containsEntry("from", "REQUESTED").containsEntry("to", "ISSUED");
        assertThat(entries.get(2).event().outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(entries.get(3).event().outcome()).isEqualTo(AuditOutcome.DENIED);
        // The Hà Nội department sees the account events of its branch 01AB, not the refusal about 02XE's record.
        assertThat(journal.query(hanoi, AuditQuery.all()).entries()).hasSize(3);
        assertThat(journal.verify().ok()).isTrue();
    }
}
