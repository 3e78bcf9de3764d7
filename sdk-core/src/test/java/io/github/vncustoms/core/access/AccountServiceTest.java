package io.github.vncustoms.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.UnitDirectories;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The account lifecycle of STA-01, ACC-01..04 and VAL-20, step by step. */
final class AccountServiceTest {
    static final PasswordHasher CHEAP = PasswordHasher.create(1024, 1, 1);
    static final Account ADMIN = new Account("admin.cntt", AccountKind.ADMINISTRATOR, "Quản trị CNTT", "TCHQ-CNTT",
            Set.of(), AccountState.ACTIVE);
    static final char[] INITIAL = "Khởi-tạo-2026!".toCharArray();
    static final char[] CHOSEN = "Mật-khẩu-Mới-9".toCharArray();

    // 2026-03-02 09:00 in Hà Nội.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    private final List<AccountEvent> journal = new ArrayList<>();
    private final AccountService accounts = AccountService.builder().clock(clock).passwordHasher(CHEAP)
            .unitDirectory(UnitDirectories.sample()).eventListener(journal::add).build();

    static AccountRequest imtsRequest(String id, String unit) {
        Account account = new Account(id, AccountKind.UNIT, "Cục Hải quan TP Hà Nội", unit, Set.of("STATISTICS_READER"),
                AccountState.REQUESTED);
        return new AccountRequest(account, "imts", true, "CK-15/2026", LocalDate.of(2026, 2, 27));
    }

    @Test
    void imtsAccount_becomesActive_onlyAfterPasswordChangeAndConfirmationLetter() {
        accounts.request(imtsRequest("hq01.imts", "HQ01"), ADMIN);
        accounts.issue("hq01.imts", INITIAL, ADMIN);
        assertThat(accounts.login("hq01.imts", INITIAL).outcome()).isEqualTo(LoginResult.Outcome.MUST_CHANGE_PASSWORD);
        accounts.changePassword("hq01.imts", INITIAL, CHOSEN);
        assertThat(accounts.get("hq01.imts").account().state()).isEqualTo(AccountState.ISSUED);
        AccountRecord active = accounts.recordConfirmationLetter("hq01.imts", "45/HQHN-CNTT", ADMIN);
        assertThat(active.account().state()).isEqualTo(AccountState.ACTIVE);
        assertThat(accounts.login("hq01.imts", CHOSEN).outcome()).isEqualTo(LoginResult.Outcome.SUCCESS);
        assertThat(accounts.login("hq01.imts", INITIAL).outcome()).isEqualTo(LoginResult.Outcome.REFUSED);
        assertThat(active.history()).extracting(AccountEvent::action).containsExactly(AccountAction.REQUEST,
                AccountAction.ISSUE, AccountAction.LOGIN, AccountAction.CHANGE_PASSWORD, AccountAction.RECORD_CONFIRMATION);
        assertThat(journal).extracting(AccountEvent::action).contains(AccountAction.LOGIN, AccountAction.RECORD_CONFIRMATION);
    }

    @Test
    void issuedAccount_isLockedFromDay31_whenThePasswordWasNotChanged() {
        accounts.request(imtsRequest("hq01.imts", "HQ01"), ADMIN);
        accounts.issue("hq01.imts", INITIAL, ADMIN); // issued 2026-03-02, last day to change 2026-04-01
        assertThat(accounts.get("hq01.imts").passwordChangeDeadline()).isEqualTo(LocalDate.of(2026, 4, 1));
        clock.set(Instant.parse("2026-04-01T16:59:59Z")); // 23:59:59 on 1 April in Hà Nội
        assertThat(accounts.enforceDeadlines()).isEmpty();
        clock.advance(Duration.ofSeconds(1)); // 00:00 on 2 April
        assertThat(accounts.enforceDeadlines()).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AccountAction.LOCK_UNCHANGED_PASSWORD));
        assertThat(accounts.login("hq01.imts", INITIAL).outcome()).isEqualTo(LoginResult.Outcome.REFUSED);
        assertThatThrownBy(() -> accounts.changePassword("hq01.imts", INITIAL, CHOSEN))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("state LOCKED");
        assertThatThrownBy(() -> accounts.unlock("hq01.imts", ADMIN)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("reissue");
        AccountRecord again = accounts.reissue("hq01.imts", INITIAL, ADMIN);
        assertThat(again.account().state()).isEqualTo(AccountState.ISSUED);
        assertThat(again.issuedOn()).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void closure_happensOnTheExpectedDate_thenTheAccountCanBeRemoved() {
        activate("hq01.imts");
        accounts.requestClosure("hq01.imts", new ClosureRequest("88/HQHN-VP", LocalDate.of(2026, 3, 10),
                "đơn vị không còn nhu cầu truy cập"), ADMIN);
        assertThat(accounts.get("hq01.imts").account().state()).isEqualTo(AccountState.ACTIVE);
        clock.set(Instant.parse("2026-03-09T17:00:00Z")); // 00:00 on 10 March in Hà Nội
        assertThat(accounts.get("hq01.imts").account().state()).isEqualTo(AccountState.CLOSED);
        assertThat(accounts.login("hq01.imts", CHOSEN).outcome()).isEqualTo(LoginResult.Outcome.REFUSED);
        assertThat(accounts.remove("hq01.imts", ADMIN).account().state()).isEqualTo(AccountState.REMOVED);
        assertThatThrownBy(() -> accounts.lock("hq01.imts", "x", ADMIN)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void officerMovedOffAFunction_losesItsRole() {
        activate("hq01.imts");
        AccountRecord moved = accounts.reassign("hq01.imts", "01AB", Set.of(), ADMIN);
        assertThat(moved.account().roles()).isEmpty();
        assertThat(moved.account().unitCode()).isEqualTo("01AB");
        assertThat(moved.history().get(moved.history().size() - 1).detail()).contains("lost [STATISTICS_READER]");
    }

    @Test
    void adminActions_needAnActiveAdministrator_andRefusalsAreJournaled() {
        Account clerk = new Account("clerk.01", AccountKind.PERSONAL, "Nhân viên", "HQ01", Set.of(), AccountState.ACTIVE);
        assertThatThrownBy(() -> accounts.request(imtsRequest("hq01.imts", "HQ01"), clerk))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ACCOUNT_ADMIN");
        assertThat(journal).singleElement().satisfies(e -> assertThat(e.succeeded()).isFalse());
        Account lockedAdmin = ADMIN.withState(AccountState.LOCKED);
        assertThatThrownBy(() -> accounts.request(imtsRequest("hq01.imts", "HQ01"), lockedAdmin))
                .isInstanceOf(AccessDeniedException.class);
        Account roleAdmin = clerk.withRoles(Set.of(AccountService.ADMIN_ROLE));
        assertThat(accounts.request(imtsRequest("hq01.imts", "HQ01"), roleAdmin).account().state())
                .isEqualTo(AccountState.REQUESTED);
    }

    @Test
    void badInput_getsClearErrors_andNoPasswordInAnyMessage() {
        assertThatThrownBy(() -> accounts.request(imtsRequest("x.unknown", "ZZ99"), ADMIN)).isInstanceOf(NotFoundException.class);
        accounts.request(imtsRequest("hq01.imts", "HQ01"), ADMIN);
        assertThatThrownBy(() -> accounts.request(imtsRequest("hq01.imts", "HQ01"), ADMIN))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> accounts.issue("hq01.imts", "short".toCharArray(), ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).hasSize(4);
                    assertThat(e.getMessage()).doesNotContain("short");
                });
        accounts.issue("hq01.imts", INITIAL, ADMIN);
        assertThatThrownBy(() -> accounts.changePassword("hq01.imts", CHOSEN, CHOSEN))
                .isInstanceOf(AccessDeniedException.class).message().doesNotContain(new String(CHOSEN));
        assertThatThrownBy(() -> accounts.changePassword("hq01.imts", INITIAL, INITIAL))
                .isInstanceOf(ValidationException.class).hasMessageContaining("equals the current one");
        assertThat(accounts.get("hq01.imts").toString()).doesNotContain(new String(INITIAL))
                .contains("PasswordHash[argon2id");
        assertThatThrownBy(() -> new AccountRequest(imtsRequest("a.b.c", "HQ01").account(), "IMTS", true, " ",
                LocalDate.of(2026, 1, 1))).isInstanceOf(ValidationException.class).hasMessageContaining("STA-01");
        assertThatThrownBy(() -> accounts.get("nobody")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void passwordHash_roundTripsThroughItsPhcForm_andVerifies() {
        PasswordHash hash = CHEAP.hash(CHOSEN);
        assertThat(PasswordHash.parse(hash.toPhcString())).isEqualTo(hash);
        assertThat(CHEAP.verify(CHOSEN, PasswordHash.parse(hash.toPhcString()))).isTrue();
        assertThat(CHEAP.verify(INITIAL, hash)).isFalse();
        assertThat(CHEAP.hash(CHOSEN)).as("a fresh salt per hash").isNotEqualTo(hash);
        assertThatThrownBy(() -> PasswordHash.parse("$2b$10$abc")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Argon2id PHC");
    }

    private void activate(String id) {
        accounts.request(imtsRequest(id, "HQ01"), ADMIN);
        accounts.issue(id, INITIAL, ADMIN);
        accounts.changePassword(id, INITIAL, CHOSEN);
        accounts.recordConfirmationLetter(id, "45/HQHN-CNTT", ADMIN);
    }
}
