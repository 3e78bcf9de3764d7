package io.github.vncustoms.valuation.observation;

import static io.github.vncustoms.valuation.observation.RecordsFixtures.DAY;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.account;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.declared;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.leader;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.offer;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.officer;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.phone;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.phoneCase;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.steel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.audit.AuditOutcome;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.Comparability;
import io.github.vncustoms.valuation.goods.GoodsAttribute;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading is scoped by the caller's unit, and closed to anyone outside the valuation function (VAL-05, VAL-20). */
final class ValuationDatabaseReadingTest {
    private final RecordsFixtures.World world = RecordsFixtures.world();
    private final ValuationDatabase db = world.db;
    private final Account lan = officer("lan.nt", "01AB");
    private final Account an = officer("an.tv", "01DD");
    private final Account xuan = officer("xuan.lt", "02XE");
    private final PriceObservation at01AB = record(lan, declared(phone(), "412.50", DAY));
    private final PriceObservation at01DD = record(an, declared(phone(), "415.00", DAY));
    private final PriceObservation at02XE = record(xuan, declared(phone(), "409.00", DAY));

    /** Records a minute after the previous entry, so that entry order is the order of the calls. */
    private PriceObservation record(Account officer, PriceObservation.Builder draft) {
        world.clock.advance(Duration.ofMinutes(1));
        return db.record(officer, draft);
    }

    @Test
    @DisplayName("VAL-20: a branch sees its own entries, a department its branches', headquarters all")
    void search_isScopedByUnit() {
        assertThat(db.search(lan, ObservationQuery.all(), PageRequest.first(10)).items()).containsExactly(at01AB);
        assertThat(db.search(leader("minh.tq", "HQ01"), ObservationQuery.all(), PageRequest.first(10)).items())
                .containsExactly(at01AB, at01DD);
        assertThat(db.search(account("ha.tt", "TCHQ-TXNK", AccountState.ACTIVE, ValuationRoles.LIST_ISSUER),
                ObservationQuery.all(), PageRequest.first(10)).items()).containsExactly(at01AB, at01DD, at02XE);
        assertThat(db.search(lan, ObservationQuery.all(), PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    @DisplayName("VAL-20, ACC-04: asking by id for another branch's entry is refused and journaled; an unknown id is not found")
    void get_outOfScope_isRefused() {
        assertThat(db.get(lan, at01AB.id())).isEqualTo(at01AB);
        assertThat(db.get(leader("minh.tq", "HQ01"), at01DD.id())).isEqualTo(at01DD);
        assertThatThrownBy(() -> db.get(lan, at02XE.id()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("02XE");
        assertThatThrownBy(() -> db.get(lan, "OBS-none")).isInstanceOf(NotFoundException.class);

        AuditEvent denial = world.events().get(world.events().size() - 1);
        assertThat(denial.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(denial.actorId()).isEqualTo("lan.nt");
        assertThat(denial.objectId()).isEqualTo("02XE");
        assertThat(denial.action()).isEqualTo("read price observation " + at02XE.id());
    }

    @Test
    @DisplayName("VAL-20: an officer who left the function (role removed, account locked or closed) is refused every read")
    void departedOfficers_seeNothing() {
        List<Account> departed = List.of(lan.withRoles(Set.of()), lan.withRoles(Set.of("MONITOR")),
                lan.withState(AccountState.LOCKED), lan.withState(AccountState.CLOSED));
        for (Account gone : departed) {
            assertThatThrownBy(() -> db.search(gone, ObservationQuery.all(), PageRequest.first(10)))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("VAL-20");
            assertThatThrownBy(() -> db.get(gone, at01AB.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> db.get(gone, "OBS-none")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> db.comparables(gone, phone(), DAY.minusMonths(6), DAY))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(world.events().stream().filter(e -> e.outcome() == AuditOutcome.DENIED)).hasSize(16);
    }

    @Test
    @DisplayName("VAL-05: comparables are counting observations of identical or similar goods in the window and in scope")
    void comparables_keepIdenticalAndSimilar_countingOnly() {
        Account hq = account("ha.tt", "TCHQ-TXNK", AccountState.ACTIVE, ValuationRoles.OFFICER);
        GoodsDescriptor similar = phone("SM-S921B");
        GoodsDescriptor otherName = GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Máy tính bảng").build();
        GoodsDescriptor otherMaterial = GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Điện thoại di động")
                .with(GoodsAttribute.MATERIAL, "titan").build();
        GoodsDescriptor phoneWithMaterial = GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Điện thoại di động")
                .with(GoodsAttribute.MATERIAL, "nhôm").build();

        PriceObservation sim = record(lan, declared(similar, "380.00", DAY.minusDays(10)));
        record(lan, declared(otherName, "380.00", DAY));
        record(lan, declared(phoneCase(), "15.00", DAY));
        record(lan, declared(steel(), "650.00", DAY));
        record(lan, declared(phone(), "100.00", DAY).suspicious(true));
        record(lan, declared(phone(), "410.00", DAY.minusMonths(7)));
        world.clock.advance(Duration.ofMinutes(1));
        PriceObservation pending = db.propose(lan, offer(phone(), "950.00", DAY), "Lập luận", List.of("a.pdf"));
        PriceObservation refused = db.propose(lan, offer(phone(), "990.00", DAY), "Lập luận", List.of("b.pdf"));
        db.decide(leader("hung.lv", "01AB"), refused.id(), Verdict.NOT_ACCEPTED, "");
        PriceObservation otherMat = record(lan, declared(otherMaterial, "400.00", DAY));

        List<PriceObservation> found = db.comparables(lan, phone(), DAY.minusMonths(6), DAY);
        assertThat(found).containsExactly(at01AB, sim, otherMat);
        assertThat(found).extracting(o -> phone().compareWith(o.goods()))
                .containsExactly(Comparability.IDENTICAL, Comparability.SIMILAR, Comparability.SIMILAR);
        assertThat(found).doesNotContain(pending);
        assertThat(db.comparables(lan, phoneWithMaterial, DAY.minusMonths(6), DAY)).doesNotContain(otherMat);
        assertThat(db.comparables(hq, phone(), DAY.minusMonths(6), DAY)).containsExactly(at01AB, at01DD, at02XE, sim, otherMat);
        assertThatThrownBy(() -> db.comparables(lan, phone(), DAY, DAY.minusDays(1))).isInstanceOf(ValidationException.class);
    }
}
