package io.github.vncustoms.core.system;

import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Looks business systems up by code: the regulations' systems plus an integrator's own.
 *
 * <p>Codes are compared case-insensitively. Built with {@link #builder()}; immutable and
 * thread-safe.
 */
public final class BusinessSystemRegistry {
    private final Map<String, BusinessSystem> byCode;
    private final List<BusinessSystem> ordered;

    private BusinessSystemRegistry(Map<String, BusinessSystem> byCode) {
        this.byCode = Map.copyOf(byCode);
        this.ordered = List.copyOf(byCode.values());
    }

    /**
     * Returns a registry holding exactly {@link BusinessSystems#all()}.
     *
     * @return the registry
     */
    public static BusinessSystemRegistry defaultRegistry() {
        return builder().build();
    }

    /**
     * Starts a registry that already holds the regulations' systems.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder(BusinessSystems.all());
    }

    /**
     * Starts an empty registry, for integrators who want only their own list.
     *
     * @return a builder with no systems
     */
    public static Builder emptyBuilder() {
        return new Builder(List.of());
    }

    /**
     * Finds a system by code.
     *
     * @param code the code, any case
     * @return the system, or empty if none has that code
     */
    public Optional<BusinessSystem> find(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Returns the system with a code.
     *
     * @param code the code, any case
     * @return the system
     * @throws NotFoundException if no system has that code
     */
    public BusinessSystem get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("No business system has code '" + code
                + "': expected one of " + byCode.keySet().stream().sorted().toList()));
    }

    /**
     * Returns every system, in the order added.
     *
     * @return an unmodifiable list
     */
    public List<BusinessSystem> all() {
        return ordered;
    }

    /**
     * Returns a builder holding this registry's systems, to make a variant.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(ordered);
    }

    /** Collects systems for a {@link BusinessSystemRegistry}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, BusinessSystem> byCode = new LinkedHashMap<>();

        private Builder(Collection<BusinessSystem> initial) {
            initial.forEach(s -> byCode.put(s.code(), s));
        }

        /**
         * Adds a system.
         *
         * @param system the system
         * @return this builder
         * @throws ValidationException if a system with the same code is already present
         */
        public Builder add(BusinessSystem system) {
            Objects.requireNonNull(system, "system");
            if (byCode.containsKey(system.code())) {
                throw new ValidationException("system", "Business system code '" + system.code()
                        + "' is already registered: expected a new code, or replace() to override it");
            }
            byCode.put(system.code(), system);
            return this;
        }

        /**
         * Adds a system, or replaces the one with the same code (e.g. to rename it).
         *
         * @param system the system
         * @return this builder
         */
        public Builder replace(BusinessSystem system) {
            Objects.requireNonNull(system, "system");
            byCode.put(system.code(), system);
            return this;
        }

        /**
         * Builds the registry.
         *
         * @return an immutable registry
         */
        public BusinessSystemRegistry build() {
            return new BusinessSystemRegistry(byCode);
        }
    }
}
