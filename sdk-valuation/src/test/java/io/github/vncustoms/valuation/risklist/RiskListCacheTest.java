package io.github.vncustoms.valuation.risklist;

import static io.github.vncustoms.valuation.risklist.RiskListFixtures.ISSUER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.OFFICER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.TODAY;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.denials;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.laptop;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.proposal.ReferencePriceProposal;
import io.github.vncustoms.valuation.risklist.RiskListFixtures.World;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Look-ups are served from a Caffeine cache in front of the store, invalidated when a version is issued (VAL-01, VAL-12). */
final class RiskListCacheTest {
    private final World world = new World();
    private final CountingRiskListStore store = new CountingRiskListStore(world.listStore);
    private final RiskList list = RiskList.builder(store, world.policy).clock(world.clock).journal(world.journal)
            .proposals(world.proposalStore).build();

    private void issueFirst() {
        ReferencePriceProposal p = world.accepted(phone(), "850.00", "");
        list.issue(ISSUER, RiskListChanges.builder("").add("8517-0001", p, TODAY).build());
    }

    @Test
    @DisplayName("Repeated look-ups are served by the cache without reaching the store")
    void repeatedLookups_doNotReachTheStore() {
        issueFirst();
        assertThat(list.lookup(OFFICER, phone(), TODAY)).isPresent();
        int afterFirst = store.calls();
        assertThat(store.finds.get()).isEqualTo(1);

        for (int i = 0; i < 100; i++) {
            assertThat(list.lookup(OFFICER, phone(), TODAY).orElseThrow().itemId()).isEqualTo("8517-0001");
            assertThat(list.lookup(OFFICER, laptop("XPS 13"), TODAY)).isEmpty();
        }

        assertThat(store.finds.get()).isEqualTo(2);
        assertThat(store.calls()).isEqualTo(afterFirst + 1);
    }

    @Test
    @DisplayName("A look-up after an issue sees the new version")
    void aLookupAfterIssue_seesTheNewVersion() {
        issueFirst();
        world.clock.advance(Duration.ofDays(1));
        assertThat(list.lookup(OFFICER, phone(), TODAY.plusDays(2)).orElseThrow().referencePrice())
                .isEqualTo(Money.of("850.00", "USD"));
        int finds = store.finds.get();

        ReferencePriceProposal amendment = world.accepted(phone(), "990.00", "8517-0001");
        list.issue(ISSUER, RiskListChanges.builder("").amend(amendment, TODAY.plusDays(2)).build());

        assertThat(list.lookup(OFFICER, phone(), TODAY.plusDays(2)).orElseThrow().referencePrice())
                .isEqualTo(Money.of("990.00", "USD"));
        assertThat(store.finds.get()).isEqualTo(finds + 1);
        assertThat(list.lookup(OFFICER, phone(), TODAY.plusDays(1)).orElseThrow().referencePrice())
                .isEqualTo(Money.of("850.00", "USD"));
    }

    @Test
    @DisplayName("A version issued through another RiskList is seen after the re-check interval, or at once after refresh()")
    void aVersionIssuedElsewhere_isSeenAfterTheRecheckOrARefresh() {
        RiskList other = RiskList.builder(world.listStore, world.policy).clock(world.clock).build();
        assertThat(list.lookup(OFFICER, phone(), TODAY)).isEmpty();

        ReferencePriceProposal p = world.accepted(phone(), "850.00", "");
        other.issue(ISSUER, RiskListChanges.builder("").add("8517-0001", p, TODAY).build());
        assertThat(list.lookup(OFFICER, phone(), TODAY)).as("within the minute").isEmpty();

        world.clock.advance(Duration.ofMinutes(1));
        assertThat(list.lookup(OFFICER, phone(), TODAY)).isPresent();

        world.clock.advance(Duration.ofDays(1));
        ReferencePriceProposal q = world.accepted(laptop("XPS 13"), "1100.00", "");
        other.issue(ISSUER, RiskListChanges.builder("").add("8471-0001", q, TODAY.plusDays(1)).build());
        list.refresh();
        assertThat(list.lookup(OFFICER, laptop("XPS 13"), TODAY.plusDays(1))).isPresent();

        RiskList eager = list.toBuilder().versionRecheck(Duration.ZERO).build();
        int before = store.latestNumbers.get();
        eager.lookup(OFFICER, phone(), TODAY);
        eager.lookup(OFFICER, phone(), TODAY);
        assertThat(store.latestNumbers.get()).isEqualTo(before + 2);
    }

    @Test
    @DisplayName("VAL-12, VAL-20: the list is read by active customs accounts only; a refusal is journaled")
    void reads_needAnActiveCustomsAccount() {
        issueFirst();
        assertThatThrownBy(() -> list.lookup(OFFICER.withState(AccountState.CLOSED), phone(), TODAY))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("CLOSED");
        assertThatThrownBy(() -> list.current(OFFICER.withState(AccountState.LOCKED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> list.version(OFFICER.withUnit("99ZZ"), 1)).isInstanceOf(NotFoundException.class);
        assertThat(denials(world.audit)).hasSize(2).allSatisfy(e -> assertThat(e.actorId()).isEqualTo("canbo.01ab"));
        assertThat(store.finds.get()).isZero();
    }

    @Test
    void beforeAnyIssue_lookupsFindNothing_andTheStoreIsNotAskedForItems() {
        assertThat(list.lookup(OFFICER, phone(), TODAY)).isEmpty();
        assertThat(list.current(OFFICER)).isEmpty();
        assertThat(store.finds.get()).isZero();
    }

    @Test
    void builderSetters_checkTheirArguments() {
        assertThatThrownBy(() -> list.toBuilder().cacheSize(-1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> list.toBuilder().versionRecheck(Duration.ofSeconds(-1))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> list.toBuilder().origin("")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RiskList.builder(store, null)).isInstanceOf(NullPointerException.class);
    }
}
