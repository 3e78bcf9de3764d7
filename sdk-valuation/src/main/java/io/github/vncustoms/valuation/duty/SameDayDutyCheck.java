package io.github.vncustoms.valuation.duty;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.valuation.internal.observation.ValuationAccess;
import io.github.vncustoms.valuation.observation.ObservationQuery;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.observation.spi.ValuationStore;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks the same-day entry duty (QĐ 2344 Art. 7.1.a.1, 7.1.b.1; VAL-18): results of declaration files
 * ({@link PriceSource#sameDayDuty()}) are entered on the day the value is determined. For a period of
 * days determined, it lists per entering unit the results entered on a later day (Asia/Ho_Chi_Minh),
 * with the days late. A leader sees the units of its scope, the HQ Import-Export Tax Department
 * (which urges units to enter on time, Art. 9.3.a.2) all of them.
 *
 * <pre>{@code
 * SameDayDutyCheck check = SameDayDutyCheck.create(store, policy);
 * SameDayDutyReport report = check.report(departmentLeader, monday, friday);
 * report.unitsWithLateEntries();
 * }</pre>
 *
 * <p>Reading the report follows the database's rule (VAL-20): an ACTIVE account with a valuation
 * role; others are refused through the policy, which journals the refusal. Immutable and thread-safe.
 */
public final class SameDayDutyCheck {
    private static final Comparator<LateEntry> ORDER = Comparator.comparing(LateEntry::determinedOn)
            .thenComparing(LateEntry::enteredAt).thenComparing(LateEntry::observationId);

    private final ValuationStore store;
    private final AccessPolicy policy;
    private final ObservationQuery dutySources;

    private SameDayDutyCheck(ValuationStore store, AccessPolicy policy) {
        this.store = store;
        this.policy = policy;
        ObservationQuery.Builder q = ObservationQuery.builder();
        for (PriceSource s : PriceSource.values()) {
            if (s.sameDayDuty()) {
                q.sources(s);
            }
        }
        this.dutySources = q.build();
    }

    /**
     * Creates the check over a store.
     *
     * @param store where observations are kept
     * @param policy who sees which units; its denial listener journals refusals
     * @return the check
     */
    public static SameDayDutyCheck create(ValuationStore store, AccessPolicy policy) {
        return new SameDayDutyCheck(Objects.requireNonNull(store, "store"), Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Reports, per unit in the caller's scope, the results whose value was determined in a period and
     * that were entered on a later day.
     *
     * @param caller the account asking
     * @param from the first day the values were determined, inclusive
     * @param to the last day, inclusive
     * @return the report; every unit in scope has a row, clean ones with no late entries
     * @throws AccessDeniedException if the account may not read valuation data (VAL-20)
     * @throws ValidationException if the period ends before it starts
     */
    public SameDayDutyReport report(Account caller, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        ObservationQuery query = dutySources.toBuilder().determinedBetween(from, to).build();
        ValuationAccess.requireReader(policy, caller, "read the same-day entry report");
        UnitFilter scope = policy.unitFilter(caller);

        Map<String, List<PriceObservation>> byUnit = new LinkedHashMap<>();
        for (CustomsUnit unit : policy.directory().units()) {
            if (scope.test(unit.code())) {
                byUnit.put(unit.code(), new ArrayList<>());
            }
        }
        TreeSet<String> unknown = new TreeSet<>();
        List<PriceObservation> results = store.select(query, scope);
        for (PriceObservation o : results) {
            if (!byUnit.containsKey(o.enteringUnit())) {
                unknown.add(o.enteringUnit());
            }
        }
        unknown.forEach(code -> byUnit.put(code, new ArrayList<>()));
        results.forEach(o -> byUnit.get(o.enteringUnit()).add(o));

        List<UnitDuty> rows = new ArrayList<>();
        byUnit.forEach((code, entered) -> {
            List<LateEntry> late = new ArrayList<>();
            for (PriceObservation o : entered) {
                if (LateEntry.isLate(o)) {
                    late.add(LateEntry.of(o));
                }
            }
            late.sort(ORDER);
            Optional<CustomsUnit> unit = policy.directory().find(code);
            rows.add(new UnitDuty(code, unit.map(CustomsUnit::nameVi).orElse(""), entered.size(), late));
        });
        return new SameDayDutyReport(from, to, rows);
    }
}
