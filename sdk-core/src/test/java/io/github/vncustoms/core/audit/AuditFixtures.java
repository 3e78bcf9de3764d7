package io.github.vncustoms.core.audit;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountKind;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.org.UnitDirectories;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/** Shared test data for the audit journal: the sample units, accounts, a movable clock, fixed keys. */
final class AuditFixtures {
    static final AccessPolicy POLICY = AccessPolicy.builder(UnitDirectories.sample()).build();
    static final JournalSigningKey KEY = JournalSigningKey.generate(seeded(1));
    static final JournalSigningKey OTHER_KEY = JournalSigningKey.generate(seeded(2));
    static final String[] UNITS = {"TCHQ", "HQ01", "01AB", "01DD", "02XE"};

    private AuditFixtures() {}

    static Account account(String id, String unit) {
        return new Account(id, AccountKind.PERSONAL, "Cán bộ " + id, unit, Set.of(), AccountState.ACTIVE);
    }

    static AuditEvent event(int i) {
        return AuditEvent.builder()
                .actor("officer" + (i % 3), UNITS[i % UNITS.length])
                .action(i % 2 == 0 ? "declaration.read" : "declaration.amend")
                .object("DECLARATION", "10451234" + i, UNITS[(i * 7) % UNITS.length])
                .origin("10.0.0." + (i % 250))
                .outcome(AuditOutcome.values()[i % 3])
                .detail("channel", i % 2 == 0 ? "cổng thông tin" : "VNACCS")
                .build();
    }

    /** A deterministic source of "randomness" for reproducible keys. Never use for real keys. */
    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return r;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock that tests move by hand. Not thread-safe beyond the volatile instant. */
    static final class FakeClock extends Clock {
        private volatile Instant now;

        FakeClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant t = now;
            now = t.plusMillis(1);
            return t;
        }
    }
}
