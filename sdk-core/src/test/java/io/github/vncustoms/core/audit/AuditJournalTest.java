package io.github.vncustoms.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journal over the in-memory store: chaining, checkpoints, scope-filtered queries, journaled refusals. */
final class AuditJournalTest {
    private static final Instant START = Instant.parse("2026-02-17T01:00:00Z");
    private final AuditFixtures.FakeClock clock = new AuditFixtures.FakeClock(START);
    private final InMemoryAuditStore store = InMemoryAuditStore.create();
    private final AuditJournal journal = AuditJournal.builder(store, AuditFixtures.KEY, AuditFixtures.POLICY)
            .clock(clock).checkpointEvery(4).origin("app-01").build();

    @Test
    void append_numbersStampsAndChainsEntries_fromTheGenesisHash() {
        AuditEntry first = journal.append(AuditFixtures.event(0));
        AuditEntry second = journal.append(AuditFixtures.event(1));
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.timestamp()).isEqualTo(START);
        assertThat(first.previousHash()).isEqualTo(AuditEntry.GENESIS_HASH);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(journal.lastSequence()).isEqualTo(2);
        assertThat(store.entries()).containsExactly(first, second);
    }

    @Test
    void checkpoints_areSignedEveryNEntries_onDemand_andOnClose() {
        for (int i = 0; i < 9; i++) {
            journal.append(AuditFixtures.event(i));
        }
        assertThat(store.checkpoints()).extracting(AuditCheckpoint::sequence).containsExactly(4L, 8L);
        AuditCheckpoint onDemand = journal.checkpoint();
        assertThat(onDemand.sequence()).isEqualTo(9);
        assertThat(onDemand.hash()).isEqualTo(store.entries().get(8).hash());
        journal.append(AuditFixtures.event(9));
        journal.close();
        assertThat(store.checkpoints()).extracting(AuditCheckpoint::sequence).containsExactly(4L, 8L, 9L, 10L);
        VerificationReport r = AuditVerifier.create(AuditFixtures.KEY.publicKey()).verify(store);
        assertThat(r.ok()).as(r.explanation()).isTrue();
        assertThat(r.signedThrough()).isEqualTo(10);
        assertThatThrownBy(() -> journal.append(AuditFixtures.event(10))).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void verify_onAnIntactJournal_saysHowFarTheSignaturesReach() {
        for (int i = 0; i < 6; i++) {
            journal.append(AuditFixtures.event(i));
        }
        VerificationReport r = journal.verify();
        assertThat(r.ok()).isTrue();
        assertThat(r.problem()).isNull();
        assertThat(r.signedThrough()).isEqualTo(4);
        assertThat(r.lastSequence()).isEqualTo(6);
        assertThat(r.explanation()).contains("entries 5 to 6 are chained but not yet signed");
        assertThat(r.requireIntact()).isSameAs(r);
    }

    @Test
    void aJournalRewrittenWithRecomputedHashes_failsAgainstItsSignedCheckpoint() {
        for (int i = 0; i < 6; i++) {
            journal.append(AuditFixtures.event(i));
        }
        List<AuditEntry> rewritten = new ArrayList<>();
        String previous = AuditEntry.GENESIS_HASH;
        for (AuditEntry e : store.entries()) {
            AuditEvent ev = e.sequence() == 2 ? e.event().toBuilder().outcome(AuditOutcome.SUCCESS).action("nothing.happened").build() : e.event();
            AuditEntry forged = AuditChainProperties.rehash(new AuditEntry(e.sequence(), e.timestamp(), ev, previous, e.hash()));
            rewritten.add(forged);
            previous = forged.hash();
        }
        VerificationReport r = AuditVerifier.create(journal.publicKey()).verify(InMemoryAuditStore.of(rewritten, store.checkpoints()));
        assertThat(r.problem()).isEqualTo(VerificationProblem.CHECKPOINT_MISMATCH);
        assertThat(r.sequence()).isEqualTo(4);
        assertThatThrownBy(r::requireIntact).isInstanceOf(IntegrityException.class)
                .hasMessageContaining("CHECKPOINT_MISMATCH at sequence 4");
    }

    @Test
    void aTailCutTogetherWithItsCheckpoints_isCaughtByACheckpointKeptElsewhere() {
        for (int i = 0; i < 6; i++) {
            journal.append(AuditFixtures.event(i));
        }
        AuditCheckpoint keptElsewhere = journal.checkpoint();
        InMemoryAuditStore cut = InMemoryAuditStore.of(store.entries().subList(0, 5), store.checkpoints().subList(0, 1));
        AuditVerifier verifier = AuditVerifier.create(journal.publicKey());
        assertThat(verifier.verify(cut).ok()).isTrue();
        VerificationReport r = verifier.verify(cut, keptElsewhere);
        assertThat(r.problem()).isEqualTo(VerificationProblem.TRUNCATED_TAIL);
        assertThat(r.sequence()).isEqualTo(6);
    }

    @Test
    void aJournal_refusesToContinueAStoreWhoseEndWasCutBelowACheckpoint() {
        for (int i = 0; i < 5; i++) {
            journal.append(AuditFixtures.event(i));
        }
        InMemoryAuditStore cut = InMemoryAuditStore.of(store.entries().subList(0, 3), store.checkpoints());
        assertThatThrownBy(() -> AuditJournal.builder(cut, AuditFixtures.KEY, AuditFixtures.POLICY).build())
                .isInstanceOf(IntegrityException.class)
                .hasMessageContaining("ends at entry 3 but holds a checkpoint for entry 4");
    }

    @Test
    void aJournalOverAStoreThatHoldsEntries_continuesTheirChain() {
        for (int i = 0; i < 3; i++) {
            journal.append(AuditFixtures.event(i));
        }
        InMemoryAuditStore copy = InMemoryAuditStore.of(store.entries(), store.checkpoints());
        AuditJournal again = AuditJournal.builder(copy, AuditFixtures.KEY, AuditFixtures.POLICY).clock(clock).build();
        AuditEntry next = again.append(AuditFixtures.event(3));
        assertThat(next.sequence()).isEqualTo(4);
        assertThat(next.previousHash()).isEqualTo(store.entries().get(2).hash());
        assertThat(again.verify().ok()).isTrue();
    }

    @Test
    void aStoreThatKeepsAnEntryButFailsToFlushIt_doesNotForkTheChain() {
        InMemoryAuditStore inner = InMemoryAuditStore.create();
        io.github.vncustoms.core.audit.spi.AuditStore failingOnce = new io.github.vncustoms.core.audit.spi.AuditStore() {
            private boolean failed;

            @Override
            public java.util.Optional<AuditEntry> last() {
                return inner.last();
            }

            @Override
            public void append(AuditEntry entry) {
                inner.append(entry);
                if (entry.sequence() == 2 && !failed) {
                    failed = true;
                    throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
                }
            }

            @Override
            public void appendCheckpoint(AuditCheckpoint checkpoint) {
                inner.appendCheckpoint(checkpoint);
            }

            @Override
            public List<AuditCheckpoint> checkpoints() {
                return inner.checkpoints();
            }

            @Override
            public java.util.stream.Stream<io.github.vncustoms.core.audit.spi.StoredEntry> scan() {
                return inner.scan();
            }

            @Override
            public AuditPage query(io.github.vncustoms.core.access.UnitFilter visibleUnits, AuditQuery query) {
                return inner.query(visibleUnits, query);
            }

            @Override
            public void sync() {
                inner.sync();
            }

            @Override
            public void close() {
                inner.close();
            }
        };
        AuditJournal j = AuditJournal.builder(failingOnce, AuditFixtures.KEY, AuditFixtures.POLICY).clock(clock).build();
        j.append(AuditFixtures.event(0));
        assertThatThrownBy(() -> j.append(AuditFixtures.event(1))).isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(j.append(AuditFixtures.event(2)).sequence()).isEqualTo(3);
        assertThat(j.verify().ok()).isTrue();
    }

    @Test
    void queries_returnOnlyEntriesOfUnitsWithinTheCallersScope() {
        for (String unit : AuditFixtures.UNITS) {
            for (int i = 0; i < 3; i++) {
                journal.append(AuditFixtures.event(i).toBuilder().object("DECLARATION", unit + "-" + i, unit).build());
            }
        }
        AuditQuery all = AuditQuery.builder().limit(1000).build();
        assertThat(units(journal.query(AuditFixtures.account("hq.it", "TCHQ"), all)))
                .containsOnly(AuditFixtures.UNITS).hasSize(15);
        assertThat(units(journal.query(AuditFixtures.account("hanoi", "HQ01"), all)))
                .hasSize(9).containsOnly("HQ01", "01AB", "01DD");
        assertThat(units(journal.query(AuditFixtures.account("noibai", "01AB"), all)))
                .hasSize(3).containsOnly("01AB");
        assertThat(units(journal.query(AuditFixtures.account("haiphong", "02XE"), all)))
                .hasSize(3).containsOnly("02XE");
        Account locked = AuditFixtures.account("gone", "TCHQ").withState(AccountState.LOCKED);
        assertThat(journal.query(locked, all).entries()).isEmpty();
    }

    @Test
    void queries_filterByActorObjectTimeRangeAndOutcome() {
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofMinutes(10));
            journal.append(AuditFixtures.event(i));
        }
        Account hq = AuditFixtures.account("hq.it", "TCHQ");
        assertThat(journal.query(hq, AuditQuery.builder().actor("officer1").build()).entries())
                .extracting(AuditEntry::actorId).hasSize(4).containsOnly("officer1");
        assertThat(journal.query(hq, AuditQuery.builder().object("DECLARATION", "104512347").build()).entries())
                .singleElement().extracting(AuditEntry::sequence).isEqualTo(8L);
        assertThat(journal.query(hq, AuditQuery.builder().outcome(AuditOutcome.DENIED).build()).entries())
                .extracting(AuditEntry::outcome).hasSize(4).containsOnly(AuditOutcome.DENIED);
        Instant from = START.plus(Duration.ofMinutes(30));
        Instant to = START.plus(Duration.ofMinutes(60));
        assertThat(journal.query(hq, AuditQuery.builder().between(from, to).build()).entries())
                .extracting(AuditEntry::timestamp).allMatch(t -> !t.isBefore(from) && t.isBefore(to)).hasSize(3);
    }

    @Test
    void queries_pageByCursorAndByOffset() {
        for (int i = 0; i < 10; i++) {
            journal.append(AuditFixtures.event(i));
        }
        Account hq = AuditFixtures.account("hq.it", "TCHQ");
        AuditQuery q = AuditQuery.builder().limit(4).build();
        AuditPage first = journal.query(hq, q);
        assertThat(first.entries()).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(first.hasMore()).isTrue();
        AuditPage second = journal.query(hq, q.toBuilder().afterSequence(first.lastSequence()).build());
        assertThat(second.entries()).extracting(AuditEntry::sequence).containsExactly(5L, 6L, 7L, 8L);
        AuditPage third = journal.query(hq, q.toBuilder().afterSequence(second.lastSequence()).build());
        assertThat(third.entries()).extracting(AuditEntry::sequence).containsExactly(9L, 10L);
        assertThat(third.hasMore()).isFalse();
        assertThat(journal.query(hq, q.toBuilder().offset(8).build()).entries())
                .extracting(AuditEntry::sequence).containsExactly(9L, 10L);
    }

    @Test
    void theDenialListener_journalsEveryRefusalOfTheAccessPolicy_asADeniedEntry() {
        AccessPolicy policy = AuditFixtures.POLICY.toBuilder().denialListener(journal.denialListener()).build();
        Account noiBai = AuditFixtures.account("noibai", "01AB");
        assertThatThrownBy(() -> policy.requireVisible(noiBai, "02XE", "read transfer run 42"))
                .isInstanceOf(AccessDeniedException.class);
        AuditEntry denial = store.entries().get(0);
        assertThat(denial.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(denial.actorId()).isEqualTo("noibai");
        assertThat(denial.event().actorUnit()).isEqualTo("01AB");
        assertThat(denial.event().action()).isEqualTo("read transfer run 42");
        assertThat(denial.objectUnit()).isEqualTo("02XE");
        assertThat(denial.event().origin()).isEqualTo("app-01");
        assertThat(denial.event().details()).containsEntry("scope", "UNIT_AND_BELOW").containsKey("reason");
        // Haiphong's reviewers see the attempt on their unit; Nội Bài's own unit does not own it.
        AuditQuery denied = AuditQuery.builder().outcome(AuditOutcome.DENIED).build();
        assertThat(journal.query(AuditFixtures.account("haiphong", "02XE"), denied).entries()).hasSize(1);
        assertThat(journal.query(noiBai, denied).entries()).isEmpty();
    }

    @Test
    void recordDenial_rejectsAnAllowedDecision() {
        var allowed = AuditFixtures.POLICY.decide(AuditFixtures.account("hq.it", "TCHQ"), "02XE", "read");
        assertThatThrownBy(() -> journal.recordDenial(allowed)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("was allowed: expected a refused decision");
    }

    @Test
    void events_rejectMalformedText_sayingWhatWasExpected() {
        assertThatThrownBy(() -> AuditEvent.builder().action(" ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("action is blank: expected non-blank text");
        assertThatThrownBy(() -> AuditEvent.builder().detail("k", "bad \uD800 surrogate"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> AuditEvent.builder().actor("a", "TCHQ").action("x").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("no object");
        assertThatThrownBy(() -> AuditQuery.builder().limit(0)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 1 to 10000");
        assertThatThrownBy(() -> new AuditEntry(1, START, AuditFixtures.event(0), "xyz", AuditEntry.GENESIS_HASH))
                .isInstanceOf(ValidationException.class).hasMessageContaining("64 lower-case hex digits");
        AuditEvent e = AuditEvent.builder().actor("a", " tchq ").action("x").object("T", "", "01ab").origin("o")
                .details(Map.of("b", "2", "a", "1")).build();
        assertThat(e.actorUnit()).isEqualTo("TCHQ");
        assertThat(e.details().keySet()).containsExactly("a", "b");
    }

    @Test
    void signingKeys_roundTripThroughTheirBytes_andNeverShowThePrivateKey() {
        JournalSigningKey restored = JournalSigningKey.of(AuditFixtures.KEY.encoded());
        assertThat(restored).isEqualTo(AuditFixtures.KEY);
        assertThat(restored.publicKey()).isEqualTo(AuditFixtures.KEY.publicKey());
        assertThat(JournalPublicKey.parse(restored.publicKey().hex().toUpperCase())).isEqualTo(restored.publicKey());
        assertThat(restored.toString()).contains(restored.publicKey().hex())
                .doesNotContain(io.github.vncustoms.core.internal.audit.Hex.encode(restored.encoded()));
        assertThatThrownBy(() -> JournalSigningKey.of(new byte[31])).isInstanceOf(ValidationException.class);
    }

    private static List<String> units(AuditPage page) {
        return page.entries().stream().map(AuditEntry::objectUnit).toList();
    }
}
