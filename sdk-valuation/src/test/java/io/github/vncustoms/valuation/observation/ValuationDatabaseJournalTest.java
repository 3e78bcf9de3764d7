package io.github.vncustoms.valuation.observation;

import static io.github.vncustoms.valuation.observation.RecordsFixtures.DAY;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.UNITS;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.declared;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.leader;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.offer;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.officer;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.audit.AuditOutcome;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.approval.Verdict;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every change to the valuation database is appended to the audit journal, which verifies (VAL-14, VAL-23, ACC-04). */
final class ValuationDatabaseJournalTest {
    private final RecordsFixtures.World world = RecordsFixtures.world();
    private final ValuationDatabase db = world.db;
    private final Account lan = officer("lan.nt", "01AB");
    private final Account hung = leader("hung.lv", "01AB");

    @Test
    @DisplayName("VAL-14: recorded, proposed and decided are journaled once each, with source, goods, price, reasoning and verdict")
    void everyChange_isJournaledOnce_withItsDetails() {
        PriceObservation own = db.record(lan, declared(phone(), "412.50", DAY));
        world.clock.advance(Duration.ofMinutes(10));
        PriceObservation offer = db.propose(lan, offer(phone(), "950.00", DAY), "Giá chào bán của đại lý chính hãng",
                List.of("in-trang-web.pdf", "email-dai-ly.eml"));
        world.clock.advance(Duration.ofHours(3));
        db.decide(hung, offer.id(), Verdict.NOT_ACCEPTED, "Trang web không tin cậy");

        List<AuditEvent> events = world.events();
        assertThat(events).extracting(AuditEvent::action)
                .containsExactly(ValuationDatabase.RECORDED, ValuationDatabase.PROPOSED, ValuationDatabase.DECIDED);
        assertThat(events).extracting(AuditEvent::action)
                .containsExactly("valuation.observation.recorded", "valuation.observation.proposed", "valuation.observation.decided");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.objectType()).isEqualTo("price-observation");
            assertThat(e.objectUnit()).isEqualTo("01AB");
            assertThat(e.origin()).isEqualTo("val-app-01");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
        assertThat(events.get(0)).satisfies(e -> {
            assertThat(e.objectId()).isEqualTo(own.id());
            assertThat(e.actorId()).isEqualTo("lan.nt");
            assertThat(e.actorUnit()).isEqualTo("01AB");
            assertThat(e.details()).containsEntry("source", "CUSTOMS_VALUATION_RESULT")
                    .containsEntry("sourceGroup", "DECLARATION_FILES")
                    .containsEntry("hsCode", "8517.13.00")
                    .containsEntry("goods", phone().describe())
                    .containsEntry("unitPrice", own.unitPrice().toString())
                    .containsEntry("unit", "PCE")
                    .containsEntry("determinedOn", "2026-11-20")
                    .containsEntry("reference", "104512345678")
                    .containsEntry("state", "NOT_REQUIRED");
        });
        assertThat(events.get(1)).satisfies(e -> {
            assertThat(e.objectId()).isEqualTo(offer.id());
            assertThat(e.details()).containsEntry("source", "INTERNET_OFFER")
                    .containsEntry("state", "PENDING")
                    .containsEntry("reasoning", "Giá chào bán của đại lý chính hãng")
                    .containsEntry("evidence", "in-trang-web.pdf; email-dai-ly.eml");
        });
        assertThat(events.get(2)).satisfies(e -> {
            assertThat(e.objectId()).isEqualTo(offer.id());
            assertThat(e.actorId()).isEqualTo("hung.lv");
            assertThat(e.details()).containsEntry("verdict", "NOT_ACCEPTED")
                    .containsEntry("verdictText", "không chấp nhận")
                    .containsEntry("remark", "Trang web không tin cậy")
                    .containsEntry("proposer", "lan.nt")
                    .containsEntry("state", "NOT_ACCEPTED");
        });
        assertThat(world.audit.entries().get(2).timestamp()).isEqualTo(RecordsFixtures.T0.plus(Duration.ofMinutes(190)));
        assertThat(world.journal.verify().ok()).isTrue();
        world.journal.verify().requireIntact();
    }

    @Test
    void failedRequests_changeNothing_andJournalNoChange() {
        PriceObservation offer = db.propose(lan, offer(phone(), "950.00", DAY), "Lập luận", List.of("a.pdf"));
        db.decide(hung, offer.id(), Verdict.ACCEPTED, "");
        assertThatThrownBy(() -> db.decide(leader("minh.tq", "HQ01"), offer.id(), Verdict.NOT_ACCEPTED, ""))
                .isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> db.record(lan, offer(phone(), "1.00", DAY))).isInstanceOf(ValidationException.class);
        db.search(lan, ObservationQuery.all(), PageRequest.first(5));
        assertThat(world.events()).extracting(AuditEvent::action)
                .containsExactly(ValuationDatabase.PROPOSED, ValuationDatabase.DECIDED);
        world.journal.verify().requireIntact();
    }

    @Test
    void withoutAJournal_changesAreStillStored() {
        InMemoryValuationStore store = InMemoryValuationStore.create();
        ValuationDatabase bare = ValuationDatabase.builder(store, AccessPolicy.builder(UNITS).build()).clock(world.clock).build();
        PriceObservation o = bare.record(lan, declared(phone(), "412.50", DAY));
        assertThat(store.find(o.id())).contains(o);
        assertThat(world.events()).isEmpty();
    }

    @Test
    void theBuilderChecksItsArgumentsAtOnce() {
        assertThatThrownBy(() -> ValuationDatabase.builder(world.store, world.policy).origin(" "))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Origin")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("origin"));
        assertThatThrownBy(() -> ValuationDatabase.builder(world.store, world.policy).clock(null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ValuationDatabase.builder(null, world.policy)).isInstanceOf(NullPointerException.class);
    }
}
