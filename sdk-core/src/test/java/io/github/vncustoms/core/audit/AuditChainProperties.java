package io.github.vncustoms.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.internal.audit.EntryHasher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over generated journals, the verifier accepts every untouched journal and names the first damage
 * at exactly the entry concerned, with the right kind (STA-07, ACC-04).
 */
final class AuditChainProperties {
    private static final Instant START = Instant.parse("2026-02-17T01:00:00Z");

    /** A journal as stored: its entries and checkpoints. */
    record Journal(List<AuditEntry> entries, List<AuditCheckpoint> checkpoints) {
        int size() {
            return entries.size();
        }

        VerificationReport verify(List<AuditEntry> stored) {
            return AuditVerifier.create(AuditFixtures.KEY.publicKey()).verify(InMemoryAuditStore.of(stored, checkpoints));
        }
    }

    @Provide
    Arbitrary<AuditEvent> events() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange('a', 'z')
                .withChars("ăâđêôơưÀẠếệ Đ\"\\\n\t\u0001/{}:,").ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank());
        Arbitrary<Map<String, String>> details = Arbitraries.maps(text, text).ofMaxSize(3);
        return Combinators.combine(text, Arbitraries.of(AuditFixtures.UNITS), text, text,
                Arbitraries.of(AuditFixtures.UNITS), Arbitraries.of(AuditOutcome.class), details)
                .as((actor, unit, action, objectId, objectUnit, outcome, d) -> new AuditEvent(actor, unit, action,
                        "DECLARATION", objectId, objectUnit, "10.1.2.3", outcome, d));
    }

    @Provide
    Arbitrary<Journal> journals() {
        return Combinators.combine(events().list().ofMinSize(2).ofMaxSize(25), Arbitraries.of(0, 2, 5))
                .as(AuditChainProperties::build);
    }

    static Journal build(List<AuditEvent> events, int checkpointEvery) {
        InMemoryAuditStore store = InMemoryAuditStore.create();
        AuditFixtures.FakeClock clock = new AuditFixtures.FakeClock(START);
        AuditJournal journal = AuditJournal.builder(store, AuditFixtures.KEY, AuditFixtures.POLICY)
                .clock(clock).checkpointEvery(checkpointEvery).build();
        for (AuditEvent e : events) {
            clock.advance(Duration.ofSeconds(7));
            journal.append(e);
        }
        return new Journal(store.entries(), store.checkpoints());
    }

    @Property(tries = 120)
    void anySequenceOfAppends_verifies(@ForAll("journals") Journal j) {
        VerificationReport r = j.verify(j.entries());
        assertThat(r.ok()).as(r.explanation()).isTrue();
        assertThat(r.entriesChecked()).isEqualTo(j.size());
        assertThat(r.lastSequence()).isEqualTo(j.size());
    }

    @Property(tries = 150)
    void modifyingAnyOneEntry_isReportedAsModified_atExactlyThatEntry(@ForAll("journals") Journal j,
            @ForAll @IntRange(min = 0, max = 1000) int where, @ForAll @IntRange(min = 0, max = 8) int how) {
        int i = where % j.size();
        List<AuditEntry> stored = new ArrayList<>(j.entries());
        stored.set(i, modify(stored.get(i), how));
        VerificationReport r = j.verify(stored);
        assertThat(r.problem()).as(r.explanation()).isEqualTo(VerificationProblem.MODIFIED);
        assertThat(r.position()).isEqualTo(i);
        assertThat(r.sequence()).isEqualTo(i + 1);
    }

    @Property(tries = 120)
    void rewritingAnEntryWithARecomputedHash_isReportedAsModified_atThatEntry(@ForAll("journals") Journal j,
            @ForAll @IntRange(min = 0, max = 1000) int where) {
        // The forger recomputes the entry's own hash but cannot fix the next entry's link without
        // rewriting it too; the last entry is excluded because nothing follows it.
        int i = where % (j.size() - 1);
        List<AuditEntry> stored = new ArrayList<>(j.entries());
        AuditEntry e = stored.get(i);
        stored.set(i, rehash(new AuditEntry(e.sequence(), e.timestamp(),
                e.event().toBuilder().action("forged." + e.event().action()).build(), e.previousHash(), e.hash())));
        VerificationReport r = j.verify(stored);
        assertThat(r.problem()).as(r.explanation()).isIn(VerificationProblem.MODIFIED, VerificationProblem.CHECKPOINT_MISMATCH);
        assertThat(r.sequence()).isEqualTo(i + 1);
        assertThat(r.position()).isEqualTo(i);
    }

    @Property(tries = 150)
    void deletingAnyOneEntryButTheLast_isReportedAsDeleted_atThatPosition(@ForAll("journals") Journal j,
            @ForAll @IntRange(min = 0, max = 1000) int where) {
        int i = where % (j.size() - 1);
        List<AuditEntry> stored = new ArrayList<>(j.entries());
        stored.remove(i);
        VerificationReport r = j.verify(stored);
        assertThat(r.problem()).as(r.explanation()).isEqualTo(VerificationProblem.DELETED);
        assertThat(r.position()).isEqualTo(i);
        assertThat(r.sequence()).isEqualTo(i + 1);
    }

    @Property(tries = 150)
    void insertingAForgedEntry_isReportedAsInserted_atItsPosition(@ForAll("journals") Journal j,
            @ForAll @IntRange(min = 0, max = 1000) int where, @ForAll @IntRange(min = 0, max = 3) int forgery) {
        // Inserted before a genuine entry that still has a successor: at the very end a perfect
        // forgery is indistinguishable from a genuine append (see AuditVerifier).
        int i = where % (j.size() - 1);
        if (forgery == 3 && i == 0) {
            i = 1;
        }
        List<AuditEntry> stored = new ArrayList<>(j.entries());
        AuditEntry displaced = stored.get(i);
        AuditEvent fake = displaced.event().toBuilder().action("forged").build();
        AuditEntry forged = switch (forgery) {
            // Perfect: right sequence, linked to the predecessor, hash recomputed.
            case 0 -> rehash(new AuditEntry(displaced.sequence(), displaced.timestamp(), fake, displaced.previousHash(), displaced.hash()));
            // Hash recomputed but linked to nothing in the journal.
            case 1 -> rehash(new AuditEntry(displaced.sequence(), displaced.timestamp(), fake, "ab".repeat(32), displaced.hash()));
            // Not even a consistent hash.
            case 2 -> new AuditEntry(displaced.sequence(), displaced.timestamp(), fake, displaced.previousHash(), "cd".repeat(32));
            // A replay of the entry before.
            default -> stored.get(i - 1);
        };
        stored.add(i, forged);
        VerificationReport r = j.verify(stored);
        assertThat(r.problem()).as(r.explanation()).isEqualTo(VerificationProblem.INSERTED);
        assertThat(r.position()).isEqualTo(i);
    }

    @Property(tries = 150)
    void swappingTwoAdjacentEntries_isReportedAsReordered_atTheFirst(@ForAll("journals") Journal j,
            @ForAll @IntRange(min = 0, max = 1000) int where) {
        int i = where % (j.size() - 1);
        List<AuditEntry> stored = new ArrayList<>(j.entries());
        Collections.swap(stored, i, i + 1);
        VerificationReport r = j.verify(stored);
        assertThat(r.problem()).as(r.explanation()).isEqualTo(VerificationProblem.REORDERED);
        assertThat(r.position()).isEqualTo(i);
        assertThat(r.sequence()).isEqualTo(i + 1);
    }

    @Property(tries = 120)
    void aCheckpointSignedWithAnotherKey_isReportedAsABadSignature(@ForAll("journals") Journal j,
            @ForAll @IntRange(min = 0, max = 1000) int which) {
        List<AuditCheckpoint> checkpoints = new ArrayList<>(j.checkpoints());
        if (checkpoints.isEmpty()) {
            AuditEntry last = j.entries().get(j.size() - 1);
            checkpoints.add(AuditFixtures.KEY.sign(last.sequence(), last.hash(), START));
        }
        int c = which % checkpoints.size();
        AuditCheckpoint genuine = checkpoints.get(c);
        checkpoints.set(c, AuditFixtures.OTHER_KEY.sign(genuine.sequence(), genuine.hash(), genuine.time()));
        VerificationReport r = AuditVerifier.create(AuditFixtures.KEY.publicKey())
                .verify(InMemoryAuditStore.of(j.entries(), checkpoints));
        assertThat(r.problem()).as(r.explanation()).isEqualTo(VerificationProblem.BAD_CHECKPOINT_SIGNATURE);
        assertThat(r.sequence()).isEqualTo(genuine.sequence());
    }

    @Property(tries = 80)
    void cuttingEntriesOffTheEnd_isReportedAsATruncatedTail_onlyWhenACheckpointCoversThem(@ForAll("journals") Journal j,
            @ForAll @IntRange(min = 1, max = 1000) int cut) {
        int keep = j.size() - 1 - (cut % (j.size() - 1));
        List<AuditEntry> stored = j.entries().subList(0, keep);
        VerificationReport r = j.verify(stored);
        long lastSigned = j.checkpoints().stream().mapToLong(AuditCheckpoint::sequence).max().orElse(0);
        if (lastSigned > keep) {
            assertThat(r.problem()).as(r.explanation()).isEqualTo(VerificationProblem.TRUNCATED_TAIL);
            assertThat(r.sequence()).isEqualTo(keep + 1);
        } else {
            // The documented limit: without a checkpoint beyond the cut, a shorter journal is a valid journal.
            assertThat(r.ok()).as(r.explanation()).isTrue();
        }
    }

    private static AuditEntry modify(AuditEntry e, int how) {
        AuditEvent ev = e.event();
        return switch (how) {
            case 0 -> withEvent(e, ev.toBuilder().actor(ev.actorId() + "x", ev.actorUnit()).build());
            case 1 -> withEvent(e, ev.toBuilder().action(ev.action() + "x").build());
            case 2 -> withEvent(e, ev.toBuilder().outcome(AuditOutcome.values()[(ev.outcome().ordinal() + 1) % 3]).build());
            case 3 -> withEvent(e, ev.toBuilder().object(ev.objectType(), ev.objectId(), ev.objectUnit().equals("02XE") ? "01AB" : "02XE").build());
            case 4 -> withEvent(e, ev.toBuilder().detail("added", "x").build());
            case 5 -> new AuditEntry(e.sequence(), e.timestamp().plusNanos(1), ev, e.previousHash(), e.hash());
            case 6 -> new AuditEntry(e.sequence(), e.timestamp(), ev, e.previousHash(), flip(e.hash()));
            case 7 -> new AuditEntry(e.sequence(), e.timestamp(), ev, flip(e.previousHash()), e.hash());
            default -> new AuditEntry(e.sequence() + 1, e.timestamp(), ev, e.previousHash(), e.hash());
        };
    }

    private static AuditEntry withEvent(AuditEntry e, AuditEvent ev) {
        return new AuditEntry(e.sequence(), e.timestamp(), ev, e.previousHash(), e.hash());
    }

    private static String flip(String hex) {
        return (hex.charAt(0) == '0' ? "1" : "0") + hex.substring(1);
    }

    static AuditEntry rehash(AuditEntry e) {
        String hash = new EntryHasher().hashHex(e.sequence(), e.timestamp(), e.event(), e.previousHash());
        return new AuditEntry(e.sequence(), e.timestamp(), e.event(), e.previousHash(), hash);
    }
}
