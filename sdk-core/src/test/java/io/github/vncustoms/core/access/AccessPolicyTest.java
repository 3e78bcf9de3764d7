package io.github.vncustoms.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.org.UnitDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The access policy on the sample directory: MON-T-05's pattern by default, ACC-04's journaled refusals. */
final class AccessPolicyTest {
    private final UnitDirectory units = UnitDirectories.sample();
    private final List<AccessDecision> denials = new ArrayList<>();
    private final AccessPolicy policy = AccessPolicy.builder(units).denialListener(denials::add).build();

    private static Account active(String id, String unit, String... roles) {
        return new Account(id, AccountKind.UNIT, "Holder " + id, unit, Set.of(roles), AccountState.ACTIVE);
    }

    @Test
    void headquarters_seesEverything_departments_seeThemselvesAndTheirBranches_branches_seeThemselves() {
        Account hq = active("hq.it", "TCHQ");
        Account hanoi = active("hanoi", "HQ01");
        Account noiBai = active("noibai", "01AB");
        assertThat(policy.scopeOf(hq)).isEqualTo(AccessScope.ALL);
        assertThat(policy.canSee(hq, "02XE")).isTrue();
        assertThat(policy.canSee(hanoi, "01AB")).isTrue();
        assertThat(policy.canSee(hanoi, "02XE")).isFalse();
        assertThat(policy.canSee(hanoi, "TCHQ")).isFalse();
        assertThat(policy.canSee(noiBai, "01AB")).isTrue();
        assertThat(policy.canSee(noiBai, "01DD")).isFalse();
        assertThat(policy.unitFilter(hanoi).unitCodes()).containsExactlyInAnyOrder("HQ01", "01AB", "01DD");
        assertThat(policy.unitFilter(hq).unrestricted()).isTrue();
    }

    @Test
    void refusal_isJournaledThenThrown_namingTheUnitAndTheScope() {
        Account noiBai = active("noibai", "01AB");
        assertThatThrownBy(() -> policy.requireVisible(noiBai, "02xe", "read transfer run 42"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Account noibai may not read transfer run 42 of unit 02XE")
                .hasMessageContaining("UNIT_AND_BELOW");
        assertThat(denials).singleElement().satisfies(d -> {
            assertThat(d.accountId()).isEqualTo("noibai");
            assertThat(d.targetUnit()).isEqualTo("02XE");
            assertThat(d.allowed()).isFalse();
        });
    }

    @Test
    void inactiveAccounts_seeNothing() {
        for (AccountState state : AccountState.values()) {
            if (state == AccountState.ACTIVE) {
                continue;
            }
            Account hq = active("hq.it", "TCHQ").withState(state);
            assertThat(policy.canSee(hq, "TCHQ")).as(state.name()).isFalse();
            assertThat(policy.unitFilter(hq)).isEqualTo(UnitFilter.none());
            assertThat(policy.decide(hq, "TCHQ", "read").reason()).contains(state.name());
        }
    }

    @Test
    void rules_replaceTheDefaults_andTheWidestMatchingScopeWins() {
        AccessPolicy custom = AccessPolicy.builder(units)
                .rule(ScopeRule.everyone(AccessScope.OWN_UNIT))
                .rule(ScopeRule.forRole("auditor", AccessScope.ALL))
                .build();
        Account hq = active("hq.it", "TCHQ");
        Account auditor = active("audit.01", "01AB", "AUDITOR");
        assertThat(custom.scopeOf(hq)).isEqualTo(AccessScope.OWN_UNIT);
        assertThat(custom.canSee(hq, "HQ01")).isFalse();
        assertThat(custom.scopeOf(auditor)).isEqualTo(AccessScope.ALL);
        assertThat(custom.toBuilder().build().rules()).isEqualTo(custom.rules());
    }

    @Test
    void filter_keepsOnlyVisibleRecords_inOrder() {
        record Row(String unit, int n) {}
        List<Row> rows = List.of(new Row("01AB", 1), new Row("02XE", 2), new Row("HQ01", 3), new Row("01DD", 4));
        assertThat(policy.filter(active("hanoi", "HQ01"), rows, Row::unit)).extracting(Row::n).containsExactly(1, 3, 4);
    }

    @Test
    void badInput_isAClearError() {
        assertThatThrownBy(() -> policy.canSee(active("x.y", "ZZ99"), "01AB")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> active("x", "01AB")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 3–64");
        assertThatThrownBy(() -> active("x.y", "01AB", "bad role!")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Role 'bad role!'");
        assertThatThrownBy(() -> AccessPolicy.builder(units).rule(ScopeRule.forLevel(4, AccessScope.ALL)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("levels 1 to 3");
    }
}
