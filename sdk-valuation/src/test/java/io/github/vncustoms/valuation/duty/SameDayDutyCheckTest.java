package io.github.vncustoms.valuation.duty;

import static io.github.vncustoms.valuation.observation.RecordsFixtures.account;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.declared;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.leader;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.offer;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.officer;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.phone;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.steel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.audit.AuditOutcome;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.observation.RecordsFixtures;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Results of declaration files entered after the day their value was determined are listed per unit (VAL-18, VAL-20). */
final class SameDayDutyCheckTest {
    private static final LocalDate MON = LocalDate.of(2026, 11, 16);
    private static final LocalDate WED = LocalDate.of(2026, 11, 18);
    private static final LocalDate FRI = LocalDate.of(2026, 11, 20);

    private final RecordsFixtures.World world = RecordsFixtures.world();
    private final SameDayDutyCheck check = SameDayDutyCheck.create(world.store, world.policy);
    private PriceObservation lastMinute;
    private PriceObservation afterMidnight;
    private PriceObservation twoDaysLate;

    private PriceObservation recordAt(String instant, Account officer, PriceObservation.Builder draft) {
        world.clock.set(Instant.parse(instant));
        return world.db.record(officer, draft);
    }

    @BeforeEach
    void enterAWeek() {
        Account lan = officer("lan.nt", "01AB");
        Account an = officer("an.tv", "01DD");
        Account xuan = officer("xuan.lt", "02XE");
        // 23:59:59 in Hanoi on Friday: on time
        lastMinute = recordAt("2026-11-20T16:59:59Z", lan, declared(phone(), "412.50", FRI));
        // 00:00 in Hanoi on Saturday: one day late, although still Friday in UTC
        afterMidnight = recordAt("2026-11-20T17:00:00Z", lan, declared(steel(), "650.00", FRI)
                .source(PriceSource.CONSULTATION_RESULT));
        // determined Wednesday, entered Friday morning
        twoDaysLate = recordAt("2026-11-20T01:00:00Z", an, declared(phone(), "415.00", WED)
                .source(PriceSource.POST_CLEARANCE_AUDIT));
        recordAt("2026-11-18T03:00:00Z", xuan, declared(phone(), "409.00", WED));
        // an internet offer has no same-day duty, however late it is entered
        world.clock.set(Instant.parse("2026-11-20T03:00:00Z"));
        world.db.propose(xuan, offer(phone(), "950.00", MON), "Lập luận", List.of("a.pdf"));
        // the risk list is not a declaration-file result either
        recordAt("2026-11-20T03:00:00Z", xuan, declared(phone(), "500.00", MON).source(PriceSource.RISK_LIST));
        // determined before the period
        recordAt("2026-11-20T03:00:00Z", xuan, declared(phone(), "400.00", LocalDate.of(2026, 11, 13)));
    }

    @Test
    @DisplayName("VAL-18: days are Hanoi days; late entries are listed per unit with the days late, clean units with none")
    void lateEntries_perUnit_withDaysLate() {
        SameDayDutyReport report = check.report(account("ha.tt", "TCHQ-TXNK", AccountState.ACTIVE, ValuationRoles.LEADER), MON, FRI);

        assertThat(report.units()).extracting(UnitDuty::unitCode).containsExactlyElementsOf(RecordsFixtures.UNIT_CODES);
        UnitDuty ab = report.unit("01AB").orElseThrow();
        assertThat(ab.results()).isEqualTo(2);
        assertThat(ab.late()).singleElement().satisfies(e -> {
            assertThat(e.observationId()).isEqualTo(afterMidnight.id());
            assertThat(e.source()).isEqualTo(PriceSource.CONSULTATION_RESULT);
            assertThat(e.determinedOn()).isEqualTo(FRI);
            assertThat(e.enteredOn()).isEqualTo(FRI.plusDays(1));
            assertThat(e.daysLate()).isEqualTo(1);
            assertThat(e.enteringOfficer()).isEqualTo("lan.nt");
            assertThat(e.reference()).isEqualTo("104512345678");
        });
        assertThat(ab.late()).extracting(LateEntry::observationId).doesNotContain(lastMinute.id());
        UnitDuty dd = report.unit("01DD").orElseThrow();
        assertThat(dd.late()).extracting(LateEntry::observationId, LateEntry::daysLate).containsExactly(
                org.assertj.core.groups.Tuple.tuple(twoDaysLate.id(), 2L));
        assertThat(dd.maxDaysLate()).isEqualTo(2);
        UnitDuty xe = report.unit("02XE").orElseThrow();
        assertThat(xe.results()).isEqualTo(1);
        assertThat(xe.clean()).isTrue();
        assertThat(report.unit("03CC").orElseThrow()).satisfies(u -> {
            assertThat(u.results()).isZero();
            assertThat(u.clean()).isTrue();
            assertThat(u.unitName()).isNotEmpty();
        });
        assertThat(report.totalResults()).isEqualTo(4);
        assertThat(report.totalLate()).isEqualTo(2);
        assertThat(report.lateEntries()).extracting(LateEntry::observationId).containsExactly(afterMidnight.id(), twoDaysLate.id());
        assertThat(report.unitsWithLateEntries()).extracting(UnitDuty::unitCode).containsExactly("01AB", "01DD");
    }

    @Test
    @DisplayName("VAL-18, VAL-20: a department sees itself and its branches only")
    void report_isScopedByTheCallersUnit() {
        SameDayDutyReport report = check.report(leader("minh.tq", "HQ01"), MON, FRI);
        assertThat(report.units()).extracting(UnitDuty::unitCode).containsExactlyInAnyOrder("HQ01", "01AB", "01DD");
        assertThat(report.totalLate()).isEqualTo(2);
        SameDayDutyReport branch = check.report(officer("xuan.lt", "02XE"), MON, FRI);
        assertThat(branch.units()).extracting(UnitDuty::unitCode).containsExactly("02XE");
        assertThat(branch.totalLate()).isZero();
    }

    @Test
    void thePeriodCountsTheDayTheValueWasDetermined() {
        SameDayDutyReport friday = check.report(leader("minh.tq", "HQ01"), FRI, FRI);
        assertThat(friday.lateEntries()).extracting(LateEntry::observationId).containsExactly(afterMidnight.id());
        assertThat(friday.totalResults()).isEqualTo(2);
        assertThatThrownBy(() -> check.report(leader("minh.tq", "HQ01"), FRI, MON)).isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("VAL-20: an officer who left the function is refused the report, and the refusal is journaled")
    void departedOfficer_isRefused() {
        Account gone = officer("lan.nt", "01AB").withRoles(Set.of());
        assertThatThrownBy(() -> check.report(gone, MON, FRI)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> check.report(officer("lan.nt", "01AB").withState(AccountState.CLOSED), MON, FRI))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(world.events().stream().filter(e -> e.outcome() == AuditOutcome.DENIED)).hasSize(2);
    }

    @Test
    void lateEntriesAreCheckedForConsistency() {
        assertThat(LateEntry.isLate(lastMinute)).isFalse();
        assertThatThrownBy(() -> LateEntry.of(lastMinute)).isInstanceOf(ValidationException.class).hasMessageContaining("not a late entry");
        LateEntry e = LateEntry.of(twoDaysLate);
        assertThatThrownBy(() -> new LateEntry(e.observationId(), e.source(), e.goods(), e.determinedOn(), e.enteredAt(), 3,
                e.enteringUnit(), e.enteringOfficer(), e.reference())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new UnitDuty("01AB", "", 0, List.of(e))).isInstanceOf(ValidationException.class);
    }
}
