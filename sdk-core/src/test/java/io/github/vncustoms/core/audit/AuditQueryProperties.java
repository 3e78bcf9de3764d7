package io.github.vncustoms.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.UnitFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Paging through any query, as any caller of the sample directory, yields exactly the matching
 * entries of the units in the caller's scope, each once, in sequence order (STA-07, ACC-04).
 */
final class AuditQueryProperties {
    private static final Instant START = Instant.parse("2026-02-17T01:00:00Z");

    record Case(List<AuditEvent> events, Account caller, AuditQuery query) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<AuditEvent> events = Combinators.combine(Arbitraries.integers().between(0, 500), Arbitraries.of(AuditFixtures.UNITS))
                .as((i, unit) -> AuditFixtures.event(i).toBuilder().object("DECLARATION", "D" + (i % 4), unit).build());
        Arbitrary<Account> callers = Arbitraries.of(AuditFixtures.UNITS).map(u -> AuditFixtures.account("reviewer", u));
        Arbitrary<AuditQuery> queries = Combinators.combine(
                Arbitraries.of("officer0", "officer1", "officer2").injectNull(0.5),
                Arbitraries.of("D0", "D1").injectNull(0.6),
                Arbitraries.integers().between(0, 40).injectNull(0.5),
                Arbitraries.of(AuditOutcome.class).injectNull(0.6),
                Arbitraries.integers().between(1, 7))
                .as((actor, object, fromMinute, outcome, limit) -> {
                    AuditQuery.Builder b = AuditQuery.builder().limit(limit);
                    if (actor != null) {
                        b.actor(actor);
                    }
                    if (object != null) {
                        b.object("DECLARATION", object);
                    }
                    if (fromMinute != null) {
                        b.between(START.plus(Duration.ofMinutes(fromMinute)), START.plus(Duration.ofMinutes(fromMinute + 20)));
                    }
                    if (outcome != null) {
                        b.outcome(outcome);
                    }
                    return b.build();
                });
        return Combinators.combine(events.list().ofMaxSize(40), callers, queries).as(Case::new);
    }

    @Property(tries = 300)
    void pagingThroughAQuery_yieldsExactlyTheVisibleMatchingEntries(@ForAll("cases") Case c) {
        InMemoryAuditStore store = InMemoryAuditStore.create();
        AuditJournal journal = fill(store, c.events());
        UnitFilter visible = AuditFixtures.POLICY.unitFilter(c.caller());
        List<AuditEntry> expected = store.entries().stream()
                .filter(e -> c.query().matches(e) && visible.test(e.objectUnit())).toList();
        assertThat(allPages(journal, c.caller(), c.query())).containsExactlyElementsOf(expected);
    }

    @Property(tries = 100)
    void offsetPaging_agreesWithCursorPaging(@ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 10) int offset) {
        InMemoryAuditStore store = InMemoryAuditStore.create();
        AuditJournal journal = fill(store, c.events());
        List<AuditEntry> all = allPages(journal, c.caller(), c.query());
        AuditPage page = journal.query(c.caller(), c.query().toBuilder().offset(offset).build());
        List<AuditEntry> expected = all.subList(Math.min(offset, all.size()), Math.min(offset + c.query().limit(), all.size()));
        assertThat(page.entries()).containsExactlyElementsOf(expected);
        assertThat(page.hasMore()).isEqualTo(offset + c.query().limit() < all.size());
    }

    @Example
    void theFileStore_answersQueriesLikeTheMemoryStore() throws IOException {
        Path dir = Files.createTempDirectory("audit-query");
        try {
            List<AuditEvent> events = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                events.add(AuditFixtures.event(i));
            }
            InMemoryAuditStore memory = InMemoryAuditStore.create();
            fill(memory, events);
            try (JsonLinesAuditStore files = JsonLinesAuditStore.builder(dir).rotation(RotationPolicy.bySize(2048)).build()) {
                AuditJournal journal = fill(files, events);
                assertThat(files.files()).hasSizeGreaterThan(2);
                for (String unit : AuditFixtures.UNITS) {
                    Account caller = AuditFixtures.account("reviewer", unit);
                    AuditQuery q = AuditQuery.builder().outcome(AuditOutcome.DENIED).limit(3).build();
                    List<AuditEntry> expected = memory.entries().stream()
                            .filter(e -> q.matches(e) && AuditFixtures.POLICY.canSee(caller, e.objectUnit())).toList();
                    assertThat(allPages(journal, caller, q)).as("as %s", unit).containsExactlyElementsOf(expected);
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    private static AuditJournal fill(io.github.vncustoms.core.audit.spi.AuditStore store, List<AuditEvent> events) {
        AuditFixtures.FakeClock clock = new AuditFixtures.FakeClock(START);
        AuditJournal journal = AuditJournal.builder(store, AuditFixtures.KEY, AuditFixtures.POLICY).clock(clock).checkpointEvery(0).build();
        for (AuditEvent e : events) {
            clock.advance(Duration.ofMinutes(1));
            journal.append(e);
        }
        return journal;
    }

    private static List<AuditEntry> allPages(AuditJournal journal, Account caller, AuditQuery query) {
        List<AuditEntry> all = new ArrayList<>();
        AuditQuery q = query;
        for (int guard = 0; guard < 1000; guard++) {
            AuditPage page = journal.query(caller, q);
            page.entries().forEach(e -> assertThat(AuditFixtures.POLICY.canSee(caller, e.objectUnit()))
                    .as("entry %d of unit %s returned to %s", e.sequence(), e.objectUnit(), caller.unitCode()).isTrue());
            all.addAll(page.entries());
            if (!page.hasMore()) {
                return all;
            }
            q = q.toBuilder().afterSequence(page.lastSequence()).build();
        }
        throw new AssertionError("paging did not end");
    }
}
