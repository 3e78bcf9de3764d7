package io.github.vncustoms.core.access;

import io.github.vncustoms.core.access.spi.AccessDenialListener;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.text.VietnameseText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Lets customs information leave customs only under a {@link DisclosureApproval} from headquarters
 * leadership (STA-08, VAL-12, VAL-23); refuses, and journals, every other attempt.
 *
 * <p>An approval holds when: the requesting account is active; the approver's unit is at level 1
 * (headquarters) of the directory; the recipient is the one approved (compared without case or
 * diacritics); the dataset is among those approved; and today (Asia/Ho_Chi_Minh) lies in its
 * validity. No approval at all is a refusal too.
 *
 * <pre>{@code
 * DisclosureGuard guard = DisclosureGuard.builder(UnitDirectories.sample()).clock(clock)
 *         .denialListener(journal::recordDenial).build();
 * guard.requireApproved(officer, "Bộ Công Thương", "valuation-risk-list", approval);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DisclosureGuard {
    private final UnitDirectory directory;
    private final Clock clock;
    private final ZoneId zone;
    private final AccessDenialListener listener;

    private DisclosureGuard(Builder b) {
        this.directory = b.directory;
        this.clock = b.clock;
        this.zone = b.zone;
        this.listener = b.listener;
    }

    /**
     * Starts a guard over a unit directory.
     *
     * @param directory the directory that says which units are headquarters
     * @return a builder
     */
    public static Builder builder(UnitDirectory directory) {
        return new Builder(directory);
    }

    /**
     * Lists why a disclosure would be refused.
     *
     * @param requester the account that wants to disclose
     * @param recipient the outside organisation
     * @param dataset the dataset to disclose
     * @param approval the approval relied on; {@code null} when there is none
     * @return one sentence per unmet condition; empty when the disclosure is approved
     */
    public List<String> problems(Account requester, String recipient, String dataset, DisclosureApproval approval) {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(dataset, "dataset");
        List<String> problems = new ArrayList<>();
        if (requester.state() != AccountState.ACTIVE) {
            problems.add("account " + requester.id() + " is " + requester.state());
        }
        if (approval == null) {
            problems.add("no approval from headquarters leadership (VAL-23)");
            return List.copyOf(problems);
        }
        boolean hqApprover = directory.find(approval.approverUnit()).map(u -> u.level() == 1).orElse(false);
        if (!hqApprover) {
            problems.add("approval " + approval.decisionRef() + " was given by unit " + approval.approverUnit()
                    + ", not by headquarters");
        }
        if (!VietnameseText.foldLowerCase(recipient.strip()).equals(VietnameseText.foldLowerCase(approval.recipient()))) {
            problems.add("approval " + approval.decisionRef() + " is for " + approval.recipient() + ", not for " + recipient);
        }
        if (!approval.datasets().contains(dataset.strip().toLowerCase(Locale.ROOT))) {
            problems.add("approval " + approval.decisionRef() + " covers " + approval.datasets() + ", not " + dataset);
        }
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        if (today.isBefore(approval.validFrom()) || today.isAfter(approval.validUntil())) {
            problems.add("approval " + approval.decisionRef() + " is valid " + approval.validFrom() + " to "
                    + approval.validUntil() + ", not on " + today);
        }
        return List.copyOf(problems);
    }

    /**
     * Refuses, and journals the refusal, unless the disclosure is approved.
     *
     * @param requester the account that wants to disclose
     * @param recipient the outside organisation
     * @param dataset the dataset to disclose
     * @param approval the approval relied on; {@code null} when there is none
     * @throws AccessDeniedException naming every unmet condition
     */
    public void requireApproved(Account requester, String recipient, String dataset, DisclosureApproval approval) {
        List<String> problems = problems(requester, recipient, dataset, approval);
        if (!problems.isEmpty()) {
            String action = "disclose " + dataset + " to " + recipient;
            listener.denied(new AccessDecision(requester.id(), requester.unitCode(), requester.unitCode(), action, null,
                    false, String.join("; ", problems)));
            throw new AccessDeniedException("Account " + requester.id() + " may not " + action + ": "
                    + String.join("; ", problems) + "; expected a valid approval of headquarters leadership for that"
                    + " recipient and dataset (STA-08, VAL-23)");
        }
    }

    /** Collects the settings of a {@link DisclosureGuard}. Not thread-safe. */
    public static final class Builder {
        private final UnitDirectory directory;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        private AccessDenialListener listener = decision -> { };

        private Builder(UnitDirectory directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
        }

        /**
         * Sets the clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the zone whose days the validity counts.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Sets who is told of refusals.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder denialListener(AccessDenialListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Builds the guard.
         *
         * @return the guard
         */
        public DisclosureGuard build() {
            return new DisclosureGuard(this);
        }
    }
}
