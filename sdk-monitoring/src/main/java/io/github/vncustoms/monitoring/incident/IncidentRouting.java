package io.github.vncustoms.monitoring.incident;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.system.BusinessSystems;
import io.github.vncustoms.monitoring.internal.Fields;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which unit answers for the incidents of each business system: QĐ 3035 Art. 13 as data (MON-T-07).
 *
 * <p>Art. 13 gives the IT &amp; Statistics Department (Cục Công nghệ thông tin và Thống kê hải quan)
 * the declarations (SLXNK), violations (VICUM) and e-customs (XLDLDT) systems, the Import-Export Tax
 * Department (Cục Thuế xuất nhập khẩu) the goods price (GTT22) and tax accounting (KT559) systems,
 * and the Anti-smuggling Investigation Department (Cục Điều tra chống buôn lậu) the risk management
 * system (QLRR). The units' codes depend on the directory, so they are given:
 *
 * <pre>{@code
 * IncidentRouting routing = IncidentRouting.qd3035(directory, "TCHQ-CNTT", "TCHQ-TXNK", "TCHQ-DTCBL");
 * routing.responsibleUnit("QLRR");   // "TCHQ-DTCBL"
 *
 * IncidentRouting mine = IncidentRouting.builder(directory)
 *         .route("SLXNK", "TCHQ-CNTT")
 *         .defaultUnit("TCHQ-CNTT")      // for every system without a route of its own
 *         .build();
 * }</pre>
 *
 * <p>Every unit routed to exists in the directory; a system with no route and no default unit is a
 * {@link ValidationException} when asked for. Immutable and thread-safe.
 */
public final class IncidentRouting {
    /** The unit codes of the three departments in the bundled sample directory. */
    private static final String SAMPLE_IT = "TCHQ-CNTT";
    private static final String SAMPLE_TAX = "TCHQ-TXNK";
    private static final String SAMPLE_ANTI_SMUGGLING = "TCHQ-DTCBL";

    private final UnitDirectory directory;
    private final Map<String, String> routes;
    private final String defaultUnit;

    private IncidentRouting(Builder b) {
        this.directory = b.directory;
        this.routes = Collections.unmodifiableMap(new TreeMap<>(b.routes));
        this.defaultUnit = b.defaultUnit;
    }

    /**
     * Returns the routing of QĐ 3035 Art. 13 over a directory.
     *
     * @param directory the units
     * @param itUnit the IT &amp; Statistics Department's code: SLXNK, VICUM, XLDLDT
     * @param taxUnit the Import-Export Tax Department's code: GTT22, KT559
     * @param antiSmugglingUnit the Anti-smuggling Investigation Department's code: QLRR
     * @return the routing, without a default unit
     * @throws ValidationException if a code is malformed or not in the directory
     */
    public static IncidentRouting qd3035(UnitDirectory directory, String itUnit, String taxUnit, String antiSmugglingUnit) {
        return builder(directory)
                .route(BusinessSystems.SLXNK.code(), itUnit)
                .route(BusinessSystems.VICUM.code(), itUnit)
                .route(BusinessSystems.E_CUSTOMS_DATA_PROCESSING.code(), itUnit)
                .route(BusinessSystems.GTT22.code(), taxUnit)
                .route(BusinessSystems.KT559.code(), taxUnit)
                .route(BusinessSystems.QLRR.code(), antiSmugglingUnit)
                .build();
    }

    /**
     * Returns the routing of QĐ 3035 Art. 13 over the bundled sample directory
     * ({@link UnitDirectories#sample()}): TCHQ-CNTT, TCHQ-TXNK and TCHQ-DTCBL. For tests and examples.
     *
     * @return the routing
     */
    public static IncidentRouting sample() {
        return qd3035(UnitDirectories.sample(), SAMPLE_IT, SAMPLE_TAX, SAMPLE_ANTI_SMUGGLING);
    }

    /**
     * Starts a routing over a directory.
     *
     * @param directory the units routes may name
     * @return a builder
     */
    public static Builder builder(UnitDirectory directory) {
        return new Builder(directory);
    }

    /**
     * Returns a builder holding this routing's routes and default, to make a variant.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(directory);
        b.routes.putAll(routes);
        b.defaultUnit = defaultUnit;
        return b;
    }

    /**
     * Returns the unit responsible for a system's incidents.
     *
     * @param system the system's code, any case
     * @return the unit's code: the system's route, or else the default unit
     * @throws ValidationException if the code is malformed, or the system has no route and there is
     *     no default unit; the message names the systems that are routed
     */
    public String responsibleUnit(String system) {
        String code = Fields.system(system);
        String unit = routes.get(code);
        if (unit != null) {
            return unit;
        }
        if (!defaultUnit.isEmpty()) {
            return defaultUnit;
        }
        throw new ValidationException("system", "No unit is responsible for incidents of system " + code
                + ": expected one of the routed systems " + routes.keySet()
                + ", or a routing with a default unit (IncidentRouting.builder(...).defaultUnit(...))");
    }

    /**
     * Returns the route of a system, without falling back to the default unit.
     *
     * @param system the system's code, any case
     * @return the unit's code, or empty when the system has no route of its own
     * @throws ValidationException if the code is malformed
     */
    public Optional<String> route(String system) {
        return Optional.ofNullable(routes.get(Fields.system(system)));
    }

    /**
     * Returns every route, by system code.
     *
     * @return an unmodifiable map, in system-code order
     */
    public Map<String, String> routes() {
        return routes;
    }

    /**
     * Returns the systems with a route of their own.
     *
     * @return an unmodifiable set, in code order
     */
    public Set<String> systems() {
        return routes.keySet();
    }

    /**
     * Returns the unit for systems without a route of their own.
     *
     * @return the unit's code, or {@code ""} when there is none
     */
    public String defaultUnit() {
        return defaultUnit;
    }

    /**
     * Returns the directory the routed units belong to.
     *
     * @return the directory
     */
    public UnitDirectory directory() {
        return directory;
    }

    @Override
    public String toString() {
        return "IncidentRouting" + routes + (defaultUnit.isEmpty() ? "" : ", default " + defaultUnit);
    }

    /** Collects the routes of an {@link IncidentRouting}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private final UnitDirectory directory;
        private final Map<String, String> routes = new TreeMap<>();
        private String defaultUnit = "";

        private Builder(UnitDirectory directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
        }

        /**
         * Routes a system's incidents to a unit, replacing an earlier route of the same system.
         *
         * @param system the system's code, any case, e.g. {@code SLXNK}
         * @param unitCode the responsible unit's code, any case
         * @return this builder
         * @throws ValidationException if a code is malformed or the unit is not in the directory
         */
        public Builder route(String system, String unitCode) {
            routes.put(Fields.system(system), known(unitCode, "unitCode", "incidents of " + Fields.system(system)));
            return this;
        }

        /**
         * Sets the unit responsible for every system without a route of its own.
         *
         * @param unitCode the unit's code, any case
         * @return this builder
         * @throws ValidationException if the code is malformed or the unit is not in the directory
         */
        public Builder defaultUnit(String unitCode) {
            this.defaultUnit = known(unitCode, "defaultUnit", "incidents of systems without a route");
            return this;
        }

        private String known(String unitCode, String field, String what) {
            String code = Fields.unit(unitCode, field);
            Optional<CustomsUnit> unit = directory.find(code);
            if (unit.isEmpty()) {
                throw new ValidationException(field, "Unit " + code + " given as responsible for " + what
                        + " is not in the " + directory.era().id() + " directory: expected one of its "
                        + directory.size() + " unit codes, such as the IT & Statistics Department's");
            }
            return unit.get().code();
        }

        /**
         * Builds the routing.
         *
         * @return an immutable routing
         * @throws ValidationException if there is neither a route nor a default unit
         */
        public IncidentRouting build() {
            if (routes.isEmpty() && defaultUnit.isEmpty()) {
                throw new ValidationException("routes", "The incident routing has no route and no default unit:"
                        + " expected route(system, unit) for each monitored system, or defaultUnit(unit)");
            }
            return new IncidentRouting(this);
        }
    }
}
