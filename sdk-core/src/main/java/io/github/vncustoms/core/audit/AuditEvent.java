package io.github.vncustoms.core.audit;

import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.audit.Fields;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What happened, as the application reports it to the {@link AuditJournal}: who did what, to which
 * object of which unit, from where, with what outcome (STA-07, ACC-04). The journal adds the
 * sequence number, the time and the hashes to make an {@link AuditEntry}.
 *
 * <pre>{@code
 * AuditEvent event = AuditEvent.builder()
 *         .actor(account)                                   // id and unit
 *         .action("declaration.read")
 *         .object("DECLARATION", "104512345678", "01AB")   // type, id, owning unit
 *         .origin("10.2.3.4")
 *         .outcome(AuditOutcome.SUCCESS)
 *         .detail("channel", "portal")
 *         .build();
 * }</pre>
 *
 * <p>Text is recorded as given, except that unit codes are stripped and upper-cased; every text
 * must be well-formed Unicode. Immutable and thread-safe.
 *
 * @param actorId the account that acted, 1–128 characters
 * @param actorUnit the actor's unit code, upper case
 * @param action what was done, e.g. {@code "account.lock"}, 1–256 characters
 * @param objectType the kind of object acted on, e.g. {@code "DECLARATION"}, 1–128 characters
 * @param objectId the object's identifier, at most 512 characters; empty when the action concerns
 *     the kind as a whole (a list, a search)
 * @param objectUnit the unit the object belongs to, upper case; queries are filtered by it
 * @param origin where the action came from: IP address, host or terminal, 1–256 characters
 * @param outcome how it ended
 * @param details further facts, at most 64, keys 1–128 and values at most 4,096 characters; kept
 *     sorted by key
 */
public record AuditEvent(String actorId, String actorUnit, String action, String objectType, String objectId,
        String objectUnit, String origin, AuditOutcome outcome, Map<String, String> details) {
    /** The most details an event may carry. */
    public static final int MAX_DETAILS = 64;

    /**
     * Validates the event and copies the details into key order.
     *
     * @throws ValidationException if a text is blank where it may not be, too long, or not
     *     well-formed Unicode, or there are too many details
     */
    public AuditEvent {
        actorId = Fields.text("actorId", actorId, 128, false);
        actorUnit = Fields.unit("actorUnit", actorUnit);
        action = Fields.text("action", action, 256, false);
        objectType = Fields.text("objectType", objectType, 128, false);
        objectId = Fields.text("objectId", objectId, 512, true);
        objectUnit = Fields.unit("objectUnit", objectUnit);
        origin = Fields.text("origin", origin, 256, false);
        Objects.requireNonNull(outcome, "outcome");
        details = copy(Objects.requireNonNull(details, "details"));
    }

    private static SortedMap<String, String> copy(Map<String, String> details) {
        if (details.isEmpty()) {
            return Collections.emptySortedMap();
        }
        if (details.size() > MAX_DETAILS) {
            throw new ValidationException("details", "Audit event has " + details.size()
                    + " details: expected at most " + MAX_DETAILS);
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : details.entrySet()) {
            String key = Fields.text("details key", e.getKey(), 128, false);
            sorted.put(key, Fields.text("details[" + key + "]", e.getValue(), 4096, true));
        }
        return Collections.unmodifiableSortedMap(sorted);
    }

    /**
     * Starts an event.
     *
     * @return a builder; {@code outcome} defaults to {@link AuditOutcome#SUCCESS}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this event's fields, to make a variant.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().actor(actorId, actorUnit).action(action).object(objectType, objectId, objectUnit)
                .origin(origin).outcome(outcome);
        b.details.putAll(details);
        return b;
    }

    /** Collects the fields of an {@link AuditEvent}. Not thread-safe. */
    public static final class Builder {
        private String actorId;
        private String actorUnit;
        private String action;
        private String objectType;
        private String objectId;
        private String objectUnit;
        private String origin;
        private AuditOutcome outcome = AuditOutcome.SUCCESS;
        private final Map<String, String> details = new TreeMap<>();

        private Builder() {}

        /**
         * Sets the actor from an account: its id and its unit.
         *
         * @param account the account that acted
         * @return this builder
         */
        public Builder actor(Account account) {
            Objects.requireNonNull(account, "account");
            return actor(account.id(), account.unitCode());
        }

        /**
         * Sets the actor.
         *
         * @param id the account id (or a system process's name)
         * @param unitCode the actor's unit
         * @return this builder
         * @throws ValidationException if either is blank or too long
         */
        public Builder actor(String id, String unitCode) {
            this.actorId = Fields.text("actorId", id, 128, false);
            this.actorUnit = Fields.unit("actorUnit", unitCode);
            return this;
        }

        /**
         * Sets what was done.
         *
         * @param action e.g. {@code "declaration.read"}
         * @return this builder
         * @throws ValidationException if blank or too long
         */
        public Builder action(String action) {
            this.action = Fields.text("action", action, 256, false);
            return this;
        }

        /**
         * Sets the object acted on.
         *
         * @param type the kind of object, e.g. {@code "DECLARATION"}
         * @param id its identifier; empty for the kind as a whole
         * @param unitCode the unit it belongs to
         * @return this builder
         * @throws ValidationException if a part is malformed
         */
        public Builder object(String type, String id, String unitCode) {
            this.objectType = Fields.text("objectType", type, 128, false);
            this.objectId = Fields.text("objectId", id, 512, true);
            this.objectUnit = Fields.unit("objectUnit", unitCode);
            return this;
        }

        /**
         * Sets where the action came from.
         *
         * @param origin IP address, host or terminal
         * @return this builder
         * @throws ValidationException if blank or too long
         */
        public Builder origin(String origin) {
            this.origin = Fields.text("origin", origin, 256, false);
            return this;
        }

        /**
         * Sets how the action ended.
         *
         * @param outcome the outcome
         * @return this builder
         */
        public Builder outcome(AuditOutcome outcome) {
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            return this;
        }

        /**
         * Adds one detail, replacing an earlier one with the same key.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         * @throws ValidationException if the key is blank or either is too long
         */
        public Builder detail(String key, String value) {
            String k = Fields.text("details key", key, 128, false);
            details.put(k, Fields.text("details[" + k + "]", value, 4096, true));
            return this;
        }

        /**
         * Adds details.
         *
         * @param more the details
         * @return this builder
         * @throws ValidationException if a key or value is malformed
         */
        public Builder details(Map<String, String> more) {
            Objects.requireNonNull(more, "more").forEach(this::detail);
            return this;
        }

        /**
         * Builds the event.
         *
         * @return the event
         * @throws ValidationException if the actor, action, object or origin was not set
         */
        public AuditEvent build() {
            require("actor", actorId);
            require("action", action);
            require("object", objectType);
            require("origin", origin);
            return new AuditEvent(actorId, actorUnit, action, objectType, objectId, objectUnit, origin, outcome, details);
        }

        private static void require(String field, String value) {
            if (value == null) {
                throw new ValidationException(field, "Audit event has no " + field + ": expected " + field + "(...) to be set");
            }
        }
    }
}
