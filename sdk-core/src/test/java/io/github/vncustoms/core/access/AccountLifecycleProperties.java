package io.github.vncustoms.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.error.CustomsSdkException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The account lifecycle as a state machine: no sequence of actions reaches an illegal state (STA-01, ACC-02, ACC-03). */
final class AccountLifecycleProperties {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    enum Step { ISSUE, LOGIN_RIGHT, LOGIN_WRONG, CHANGE_PASSWORD, LETTER, LOCK, UNLOCK, REISSUE, CLOSE_REQUEST, REMOVE,
        REASSIGN, WAIT_DAY, WAIT_MONTH, ENFORCE }

    @Property(tries = 200)
    void noSequenceOfActions_reachesAnIllegalState(@ForAll("steps") List<Step> steps, @ForAll boolean needsLetter) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
        AccountService accounts = AccountService.builder().clock(clock).passwordHasher(AccountServiceTest.CHEAP).build();
        Account wanted = new Account("acc.01", AccountKind.UNIT, "Chi cục", "01AB", Set.of("READER"), AccountState.REQUESTED);
        accounts.request(new AccountRequest(wanted, "IMTS", needsLetter, "CK-1", LocalDate.of(2026, 3, 1)), AccountServiceTest.ADMIN);
        char[] password = AccountServiceTest.INITIAL;
        for (Step step : steps) {
            AccountState before = accounts.get("acc.01").account().state();
            try {
                switch (step) {
                    case ISSUE -> accounts.issue("acc.01", AccountServiceTest.INITIAL, AccountServiceTest.ADMIN);
                    case LOGIN_RIGHT -> accounts.login("acc.01", password);
                    case LOGIN_WRONG -> accounts.login("acc.01", "Sai-mật-khẩu-1".toCharArray());
                    case CHANGE_PASSWORD -> {
                        char[] next = password == AccountServiceTest.CHOSEN ? AccountServiceTest.INITIAL : AccountServiceTest.CHOSEN;
                        accounts.changePassword("acc.01", password, next);
                        password = next;
                    }
                    case LETTER -> accounts.recordConfirmationLetter("acc.01", "TB-1", AccountServiceTest.ADMIN);
                    case LOCK -> accounts.lock("acc.01", "kiểm tra", AccountServiceTest.ADMIN);
                    case UNLOCK -> accounts.unlock("acc.01", AccountServiceTest.ADMIN);
                    case REISSUE -> {
                        accounts.reissue("acc.01", AccountServiceTest.INITIAL, AccountServiceTest.ADMIN);
                        password = AccountServiceTest.INITIAL;
                    }
                    case CLOSE_REQUEST -> accounts.requestClosure("acc.01", new ClosureRequest("VB-1",
                            clock.instant().atZone(VIETNAM).toLocalDate().plusDays(3), "không dùng"), AccountServiceTest.ADMIN);
                    case REMOVE -> accounts.remove("acc.01", AccountServiceTest.ADMIN);
                    case REASSIGN -> accounts.reassign("acc.01", "01DD", Set.of(), AccountServiceTest.ADMIN);
                    case WAIT_DAY -> clock.advance(Duration.ofDays(1));
                    case WAIT_MONTH -> clock.advance(Duration.ofDays(31));
                    case ENFORCE -> accounts.enforceDeadlines();
                }
            } catch (CustomsSdkException refused) {
                // A refused action must leave the state as it was, unless a due deadline fired first.
                AccountState after = accounts.get("acc.01").account().state();
                assertThat(after == before || after == AccountState.LOCKED || after == AccountState.CLOSED)
                        .as("%s refused moved %s to %s", step, before, after).isTrue();
            }
            assertInvariants(accounts.get("acc.01"), clock.instant());
        }
    }

    private static void assertInvariants(AccountRecord r, Instant now) {
        AccountState state = r.account().state();
        LocalDate today = now.atZone(VIETNAM).toLocalDate();
        if (state == AccountState.ACTIVE) {
            assertThat(r.readyForActivation()).as("ACTIVE needs a changed password and the letter").isTrue();
        }
        if (state != AccountState.REQUESTED) {
            assertThat(r.issuedOn()).as("every state after REQUESTED was issued").isNotNull();
            assertThat(r.passwordHash()).isNotNull();
        }
        if (state == AccountState.ISSUED && !r.passwordChanged()) {
            assertThat(today).as("no ISSUED account outlives its 30 days unchanged").isBeforeOrEqualTo(r.passwordChangeDeadline());
        }
        if (r.closure() != null && !today.isBefore(r.closure().expectedDate())) {
            assertThat(state).isIn(AccountState.CLOSED, AccountState.REMOVED);
        }
        List<AccountEvent> history = r.history();
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).from()).as("the journal chains states").isEqualTo(history.get(i - 1).to());
        }
        if (history.stream().anyMatch(e -> e.to() == AccountState.REMOVED)) {
            assertThat(state).as("REMOVED is terminal").isEqualTo(AccountState.REMOVED);
        }
    }

    @Property(tries = 60)
    void theThirtyDayLock_firesExactlyAfterDay30(@ForAll @IntRange(min = 0, max = 86_399) int secondOfIssueDay,
            @ForAll @IntRange(min = 0, max = 400) int issueDayOffset) {
        LocalDate issueDay = LocalDate.of(2026, 1, 1).plusDays(issueDayOffset);
        Instant issuedAt = issueDay.atStartOfDay(VIETNAM).toInstant().plusSeconds(secondOfIssueDay);
        MutableClock clock = new MutableClock(issuedAt);
        AccountService accounts = AccountService.builder().clock(clock).passwordHasher(AccountServiceTest.CHEAP).build();
        accounts.request(AccountServiceTest.imtsRequest("acc.01", "HQ01"), AccountServiceTest.ADMIN);
        accounts.issue("acc.01", AccountServiceTest.INITIAL, AccountServiceTest.ADMIN);
        Instant lastMoment = issueDay.plusDays(31).atStartOfDay(VIETNAM).toInstant().minusNanos(1);
        clock.set(lastMoment);
        assertThat(accounts.get("acc.01").account().state()).isEqualTo(AccountState.ISSUED);
        clock.set(lastMoment.plusNanos(1));
        assertThat(accounts.get("acc.01").account().state()).isEqualTo(AccountState.LOCKED);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.of(Step.class).list().ofMinSize(1).ofMaxSize(25);
    }
}
