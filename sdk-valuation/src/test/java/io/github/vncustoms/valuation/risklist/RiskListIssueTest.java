package io.github.vncustoms.valuation.risklist;

import static io.github.vncustoms.valuation.risklist.RiskListFixtures.HQ_OFFICER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.ISSUER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.OFFICER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.TODAY;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.TXNK_LEADER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.account;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.denials;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.laptop;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.phone;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.usd;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.vaguePhone;
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
import io.github.vncustoms.valuation.approval.ApprovalTrail;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.proposal.ReferencePriceProposal;
import io.github.vncustoms.valuation.risklist.RiskListFixtures.World;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** HQ issues versions of the list from accepted proposals; history stays (VAL-01, VAL-11, VAL-13, VAL-14). */
final class RiskListIssueTest {
    private final World world = new World();
    private final RiskList list = world.list;

    private RiskListVersion first() {
        ReferencePriceProposal p = world.accepted(phone(), "850.00", "");
        return list.issue(ISSUER, RiskListChanges.builder("1234/QĐ-TCHQ").add("8517-0001", p, TODAY).build());
    }

    @Test
    @DisplayName("VAL-01, VAL-11: an accepted proposal becomes an item with its price, basis and proposal")
    void issue_addsAnItemFromAnAcceptedProposal() {
        RiskListVersion v1 = first();

        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.issuedOn()).isEqualTo(TODAY);
        assertThat(v1.issuedBy()).isEqualTo("banhanh.tchq");
        assertThat(v1.decisionRef()).isEqualTo("1234/QĐ-TCHQ");
        assertThat(v1.item("8517-0001")).satisfies(item -> {
            assertThat(item.goods()).isEqualTo(phone());
            assertThat(item.referencePrice()).isEqualTo(Money.of("850.00", "USD"));
            assertThat(item.unit()).isEqualTo(UnitOfMeasure.PIECE);
            assertThat(item.effectiveFrom()).isEqualTo(TODAY);
            assertThat(item.effectiveTo()).isNull();
            assertThat(item.proposalId()).isEqualTo("RP-1");
            assertThat(item.basis()).contains("proposal RP-1 accepted by lanhdao.txnk").contains("internet offer price (VAL-08)");
        });
        assertThat(list.current(OFFICER)).contains(v1);
        assertThat(list.lookup(OFFICER, phone(), TODAY).orElseThrow().itemId()).isEqualTo("8517-0001");
    }

    @Test
    @DisplayName("VAL-11: a pending or not-accepted proposal is never issued")
    void issue_refusesProposalsNotAccepted() {
        ReferencePriceProposal pending = world.proposed(phone(), "850.00", "");
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").add("8517-0001", pending, TODAY).build()))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("is PENDING").hasMessageContaining("ACCEPTED");

        ReferencePriceProposal refused = world.desk.decide(TXNK_LEADER, pending.id(), Verdict.NOT_ACCEPTED, "Không đủ cơ sở");
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").add("8517-0001", refused, TODAY).build()))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("is NOT_ACCEPTED");
        assertThat(world.listStore.latestNumber()).isZero();
    }

    @Test
    @DisplayName("VAL-11: a proposal that is not the one on record, or was already used, is refused")
    void issue_refusesForgedAndReusedProposals() {
        ReferencePriceProposal real = world.accepted(phone(), "850.00", "");
        ReferencePriceProposal forged = new ReferencePriceProposal(real.id(), real.goods(), Money.of("1.00", "USD"),
                real.unit(), List.of(usd("1.00")), "", real.trail());
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").add("8517-0001", forged, TODAY).build()))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("not the proposal on record");

        list.issue(ISSUER, RiskListChanges.builder("").add("8517-0001", real, TODAY).build());
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").add("8517-0002", real, TODAY).build()))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("already issued");
    }

    @Test
    @DisplayName("VAL-13: only an active RISK_LIST_ISSUER at headquarters issues; every refusal is journaled")
    void issue_isForHeadquartersIssuersOnly() {
        ReferencePriceProposal p = world.accepted(phone(), "850.00", "");
        RiskListChanges changes = RiskListChanges.builder("").add("8517-0001", p, TODAY).build();

        assertThatThrownBy(() -> list.issue(account("banhanh.hq01", "HQ01", ValuationRoles.LIST_ISSUER), changes))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("level 2, not headquarters");
        assertThatThrownBy(() -> list.issue(account("banhanh.01ab", "01AB", ValuationRoles.LIST_ISSUER), changes))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("level 3");
        assertThatThrownBy(() -> list.issue(TXNK_LEADER, changes))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("lacks role RISK_LIST_ISSUER");
        assertThatThrownBy(() -> list.issue(ISSUER.withState(AccountState.LOCKED), changes))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("LOCKED");
        assertThatThrownBy(() -> list.issue(account("banhanh.x", "99ZZ", ValuationRoles.LIST_ISSUER), changes))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("99ZZ");

        assertThat(denials(world.audit)).hasSize(4).extracting(AuditEvent::action).containsOnly("issue the valuation-risk list");
        assertThat(denials(world.audit)).extracting(AuditEvent::actorId)
                .containsExactly("banhanh.hq01", "banhanh.01ab", "lanhdao.txnk", "banhanh.tchq");
        assertThat(world.listStore.latestNumber()).isZero();

        RiskListVersion v1 = list.issue(account("banhanh.txnk", "TCHQ-TXNK", ValuationRoles.LIST_ISSUER), changes);
        assertThat(v1.issuedBy()).isEqualTo("banhanh.txnk");
    }

    @Test
    @DisplayName("VAL-13 a: goods may be listed before a price is built")
    void issue_addsAnItemWithoutAReferencePrice() {
        RiskListVersion v1 = list.issue(ISSUER, RiskListChanges.builder("")
                .addWithoutPrice("8471-0001", laptop("XPS 13 9340"), UnitOfMeasure.PIECE, TODAY, "TT 39/2015 Art. 24").build());

        RiskListItem item = v1.item("8471-0001");
        assertThat(item.hasReferencePrice()).isFalse();
        assertThat(item.basis()).isEqualTo("TT 39/2015 Art. 24");
        assertThat(list.lookup(OFFICER, laptop("XPS 13 9340"), TODAY)).contains(item);
    }

    @Test
    @DisplayName("VAL-04: the list refuses goods that do not identify one item, naming what is missing")
    void issue_refusesVagueGoods() {
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("")
                .addWithoutPrice("8517-0009", vaguePhone(), UnitOfMeasure.PIECE, TODAY, "TT 39/2015 Art. 24").build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("gom khung")
                .hasMessageContaining("manufacturer or brand");
    }

    @Test
    @DisplayName("VAL-13 b, VAL-14: an amendment ends the old item the day before the new price; both stay on record")
    void amend_endsTheOldItemTheDayBefore_andKeepsHistory() {
        RiskListVersion v1 = first();
        world.clock.advance(Duration.ofDays(10));
        LocalDate from = TODAY.plusDays(15);
        ReferencePriceProposal amendment = world.accepted(phone(), "990.00", "8517-0001");

        RiskListVersion v2 = list.issue(ISSUER, RiskListChanges.builder("1300/QĐ-TCHQ").amend(amendment, from).build());

        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.item("8517-0001").effectiveTo()).isEqualTo(from.minusDays(1));
        assertThat(v2.item("8517-0001").referencePrice()).isEqualTo(Money.of("850.00", "USD"));
        assertThat(v2.item("8517-0001/2")).satisfies(item -> {
            assertThat(item.referencePrice()).isEqualTo(Money.of("990.00", "USD"));
            assertThat(item.effectiveFrom()).isEqualTo(from);
            assertThat(item.proposalId()).isEqualTo(amendment.id());
        });
        assertThat(list.lookup(OFFICER, phone(), from.minusDays(1)).orElseThrow().referencePrice())
                .isEqualTo(Money.of("850.00", "USD"));
        assertThat(list.lookup(OFFICER, phone(), from).orElseThrow().referencePrice()).isEqualTo(Money.of("990.00", "USD"));
        assertThat(list.version(OFFICER, 1)).isEqualTo(v1);
        assertThat(list.version(OFFICER, 1).item("8517-0001").effectiveTo()).isNull();

        world.clock.advance(Duration.ofDays(20));
        ReferencePriceProposal again = world.accepted(phone(), "700.00", "8517-0001/2");
        RiskListVersion v3 = list.issue(ISSUER, RiskListChanges.builder("").amend(again, TODAY.plusDays(40)).build());
        assertThat(v3.item("8517-0001/3").referencePrice()).isEqualTo(Money.of("700.00", "USD"));
        assertThat(v3.items()).hasSize(3);
    }

    @Test
    @DisplayName("VAL-13 a: an accepted proposal sets the price of an item listed without one")
    void amend_setsThePriceOfAnItemWithoutOne() {
        list.issue(ISSUER, RiskListChanges.builder("")
                .addWithoutPrice("8471-0001", laptop("XPS 13"), UnitOfMeasure.PIECE, TODAY, "TT 39/2015 Art. 24").build());
        ReferencePriceProposal priced = world.accepted(laptop("XPS 13"), "1100.00", "8471-0001");

        RiskListVersion v2 = list.issue(ISSUER, RiskListChanges.builder("").amend(priced, TODAY.plusDays(1)).build());

        assertThat(v2.find(laptop("XPS 13"), TODAY).orElseThrow().hasReferencePrice()).isFalse();
        assertThat(v2.find(laptop("XPS 13"), TODAY.plusDays(1)).orElseThrow().referencePrice())
                .isEqualTo(Money.of("1100.00", "USD"));
    }

    @Test
    @DisplayName("VAL-13: amendments must fit the item they amend and never rewrite the past")
    void amend_refusesWhatDoesNotFit() {
        first();
        ReferencePriceProposal sameDay = world.accepted(phone(), "990.00", "8517-0001");
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").amend(sameDay, TODAY).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not after the item's first day");

        world.clock.advance(Duration.ofDays(5));
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").amend(sameDay, TODAY.plusDays(2)).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("before the day of issue");

        ReferencePriceProposal otherGoods = world.accepted(laptop("XPS 13"), "990.00", "8517-0001");
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").amend(otherGoods, TODAY.plusDays(9)).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("the item's own goods");

        ReferencePriceProposal missing = world.accepted(phone(), "990.00", "9999-0001");
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").amend(missing, TODAY.plusDays(9)).build()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("9999-0001");

        ReferencePriceProposal newItem = world.accepted(phone(), "990.00", "");
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").amend(newItem, TODAY.plusDays(9)).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("names no item to amend");
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").add("8517-0002", sameDay, TODAY.plusDays(9)).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("amends item 8517-0001");
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").add("8517-0002", newItem, TODAY.plusDays(9)).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("overlapping days");
        assertThat(world.listStore.latestNumber()).isEqualTo(1);
    }

    @Test
    @DisplayName("VAL-13: an item ends on a day and stays in the list")
    void end_endsAnItem_andKeepsIt() {
        first();
        world.clock.advance(Duration.ofDays(3));
        RiskListVersion v2 = list.issue(ISSUER, RiskListChanges.builder("")
                .end("8517-0001", TODAY.plusDays(10), "Không còn rủi ro").build());

        assertThat(v2.item("8517-0001").effectiveTo()).isEqualTo(TODAY.plusDays(10));
        assertThat(list.lookup(OFFICER, phone(), TODAY.plusDays(10))).isPresent();
        assertThat(list.lookup(OFFICER, phone(), TODAY.plusDays(11))).isEmpty();
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").end("8517-0001", TODAY.plusDays(20), "x").build()))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("already ends");
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").end("8517-0001", TODAY, "x").build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("before the day of issue");
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").end("8517-0404", TODAY.plusDays(10), "x").build()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void changes_needAtLeastOneChange_andIdsAreChecked() {
        assertThatThrownBy(() -> RiskListChanges.builder("1/QĐ").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("changes nothing");
        assertThatThrownBy(() -> RiskListChanges.builder("").end("bad id", TODAY, "x")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RiskListChanges.builder("").end("A-1", TODAY, " ")).isInstanceOf(ValidationException.class);
        first();
        ReferencePriceProposal p = world.accepted(laptop("XPS 13"), "990.00", "");
        assertThatThrownBy(() -> list.issue(ISSUER, RiskListChanges.builder("").add("8517-0001", p, TODAY).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already in the valuation-risk list");
    }

    @Test
    @DisplayName("VAL-14: the store keeps every version and refuses one that does not follow the latest")
    void store_appendsOnlyTheNextVersion() {
        RiskListVersion v1 = first();
        InMemoryRiskListStore other = InMemoryRiskListStore.create();
        assertThatThrownBy(() -> other.append(RiskListVersion.of(2, TODAY, "x-issuer", "", List.of())))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("cannot follow version 0");
        assertThat(world.listStore.version(1)).contains(v1);
        assertThat(world.listStore.version(2)).isEmpty();
        assertThat(world.listStore.find(9, phone(), TODAY)).isEmpty();
        assertThatThrownBy(() -> list.version(OFFICER, 2)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("VAL-13, VAL-14: each issue is journaled with its version and counts; the journal verifies")
    void issue_isJournaled() {
        first();
        world.clock.advance(Duration.ofDays(1));
        ReferencePriceProposal amendment = world.accepted(phone(), "990.00", "8517-0001");
        list.issue(ISSUER, RiskListChanges.builder("1300/QĐ-TCHQ")
                .amend(amendment, TODAY.plusDays(5))
                .addWithoutPrice("8471-0001", laptop("XPS 13"), UnitOfMeasure.PIECE, TODAY.plusDays(5), "TT 39/2015 Art. 24")
                .build());

        List<AuditEvent> issued = world.audit.entries().stream().map(AuditEntry::event)
                .filter(e -> e.action().equals("valuation.risklist.issued")).toList();
        assertThat(issued).hasSize(2);
        assertThat(issued.get(1)).satisfies(e -> {
            assertThat(e.actorId()).isEqualTo("banhanh.tchq");
            assertThat(e.objectType()).isEqualTo(RiskList.OBJECT_TYPE);
            assertThat(e.objectId()).isEqualTo("2");
            assertThat(e.objectUnit()).isEqualTo("TCHQ");
            assertThat(e.details()).containsEntry("version", "2").containsEntry("decisionRef", "1300/QĐ-TCHQ")
                    .containsEntry("items", "3").containsEntry("added", "0").containsEntry("addedWithoutPrice", "1")
                    .containsEntry("amended", "1").containsEntry("ended", "0").containsEntry("proposals", amendment.id());
            assertThat(e.details().get("changes")).contains("amend 8517-0001 -> 8517-0001/2").contains("add 8471-0001");
        });
        world.journal.verify().requireIntact();
    }

    @Test
    void aListWithoutJournalOrProposalStore_stillChecksAcceptance() {
        RiskList bare = RiskList.builder(InMemoryRiskListStore.create(), world.policy).clock(world.clock).build();
        ReferencePriceProposal p = world.accepted(phone(), "850.00", "");
        ReferencePriceProposal unrecorded = new ReferencePriceProposal("RP-X", p.goods(), p.price(), p.unit(),
                p.derivations(), "", ApprovalTrail.pending(p.submission()).decide(new LeaderDecision("lanhdao.txnk",
                        "TCHQ-TXNK", Verdict.ACCEPTED, "", p.submission().submittedAt())));
        assertThat(bare.issue(ISSUER, RiskListChanges.builder("").add("A-1", unrecorded, TODAY).build()).size()).isEqualTo(1);
        int before = world.audit.entries().size();
        bare.issue(ISSUER, RiskListChanges.builder("").end("A-1", TODAY, "x").build());
        assertThat(world.audit.entries()).hasSize(before);
        assertThatThrownBy(() -> bare.issue(HQ_OFFICER, RiskListChanges.builder("").end("A-1", TODAY, "x").build()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
