package io.github.vncustoms.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.InvalidStateException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Lines store: rotation, gzip archival, verification across files, crash recovery (STA-07). */
final class JsonLinesAuditStoreTest {
    /** 23:00 on 17 February 2026 in Hà Nội. */
    private static final Instant LATE_EVENING = Instant.parse("2026-02-17T16:00:00Z");

    @TempDir
    Path dir;

    private JsonLinesAuditStore.Builder store() {
        return JsonLinesAuditStore.builder(dir);
    }

    private static AuditJournal journal(JsonLinesAuditStore store, AuditFixtures.FakeClock clock, int checkpointEvery) {
        return AuditJournal.builder(store, AuditFixtures.KEY, AuditFixtures.POLICY).clock(clock).checkpointEvery(checkpointEvery).build();
    }

    @Test
    void rotationBySize_startsNewFiles_gzipsTheClosedOnes_andTheChainVerifiesAcrossThem() throws IOException {
        AuditFixtures.FakeClock clock = new AuditFixtures.FakeClock(LATE_EVENING.minusSeconds(7200));
        try (AuditJournal journal = journal(store().rotation(RotationPolicy.bySize(4096)).build(), clock, 25)) {
            for (int i = 0; i < 100; i++) {
                journal.append(AuditFixtures.event(i));
            }
        }
        try (JsonLinesAuditStore reopened = store().build()) {
            List<String> files = reopened.files();
            assertThat(files).hasSizeGreaterThan(3);
            assertThat(files.subList(0, files.size() - 1)).allMatch(f -> f.endsWith(".jsonl.gz"));
            assertThat(files.get(files.size() - 1)).endsWith(".jsonl");
            for (String f : files.subList(0, files.size() - 1)) {
                assertThat(Files.exists(dir.resolve(f.replace(".gz", "")))).as("plain file of %s deleted", f).isFalse();
                assertThat(gunzip(dir.resolve(f)).length).isLessThanOrEqualTo(4096);
            }
            VerificationReport r = AuditVerifier.create(AuditFixtures.KEY.publicKey()).verify(reopened);
            assertThat(r.ok()).as(r.explanation()).isTrue();
            assertThat(r.entriesChecked()).isEqualTo(100);
            assertThat(r.signedThrough()).isEqualTo(100);
            AuditPage page = reopened.query(io.github.vncustoms.core.access.UnitFilter.all(),
                    AuditQuery.builder().afterSequence(60).limit(5).build());
            assertThat(page.entries()).extracting(AuditEntry::sequence).containsExactly(61L, 62L, 63L, 64L, 65L);
        }
    }

    @Test
    void rotationByDay_startsANewFileAtMidnightInHanoi() throws IOException {
        AuditFixtures.FakeClock clock = new AuditFixtures.FakeClock(LATE_EVENING);
        JsonLinesAuditStore store = store().rotation(RotationPolicy.daily()).build();
        AuditJournal journal = journal(store, clock, 0);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(15));
            journal.append(AuditFixtures.event(i));
        }
        assertThat(store.files()).containsExactly("journal-00000000000000000001-20260217.jsonl");
        clock.set(Instant.parse("2026-02-17T17:00:00Z"));   // 00:00 on the 18th in Hà Nội
        for (int i = 3; i < 5; i++) {
            journal.append(AuditFixtures.event(i));
        }
        assertThat(store.files()).containsExactly("journal-00000000000000000001-20260217.jsonl.gz",
                "journal-00000000000000000004-20260218.jsonl");
        assertThat(new String(gunzip(dir.resolve(store.files().get(0))), StandardCharsets.UTF_8).lines()).hasSize(3);
        VerificationReport r = journal.verify();
        assertThat(r.ok()).as(r.explanation()).isTrue();
        assertThat(r.entriesChecked()).isEqualTo(5);
        journal.close();
    }

    @Test
    void reopening_continuesTheChainWhereItStopped() {
        AuditFixtures.FakeClock clock = new AuditFixtures.FakeClock(LATE_EVENING);
        try (AuditJournal journal = journal(store().build(), clock, 0)) {
            journal.append(AuditFixtures.event(0));
            journal.append(AuditFixtures.event(1));
        }
        try (JsonLinesAuditStore store = store().build(); AuditJournal journal = journal(store, clock, 0)) {
            assertThat(store.recoveries()).isEmpty();
            AuditEntry third = journal.append(AuditFixtures.event(2));
            assertThat(third.sequence()).isEqualTo(3);
            assertThat(journal.verify().ok()).isTrue();
        }
        try (JsonLinesAuditStore store = store().build()) {
            VerificationReport r = AuditVerifier.create(AuditFixtures.KEY.publicKey()).verify(store);
            assertThat(r.ok()).as(r.explanation()).isTrue();
            assertThat(r.lastSequence()).isEqualTo(3);
            assertThat(r.signedThrough()).isEqualTo(3);
        }
    }

    @Test
    void aTornLastWrite_atEveryByteOffset_isCutAway_andEverythingBeforeSurvivesAndVerifies(@TempDir Path work) throws IOException {
        AuditFixtures.FakeClock clock = new AuditFixtures.FakeClock(LATE_EVENING);
        JsonLinesAuditStore original = store().flushPolicy(FlushPolicy.osBuffered()).build();
        AuditJournal journal = journal(original, clock, 0);
        for (int i = 0; i < 4; i++) {
            journal.append(AuditFixtures.event(i));
        }
        journal.checkpoint();
        journal.append(AuditFixtures.event(4).toBuilder().detail("note", "Tờ khai sửa đổi lần 2").build());
        String segment = original.files().get(0);
        original.close();   // the crash comes next: the journal never signs entry 5
        byte[] full = Files.readAllBytes(dir.resolve(segment));
        byte[] checkpoints = Files.readAllBytes(dir.resolve("checkpoints.jsonl"));
        int lastLineStart = lastLineStart(full);
        for (int offset = lastLineStart; offset < full.length; offset++) {
            int cut = offset;
            Path copy = work.resolve("cut-" + cut);
            Files.createDirectories(copy);
            Files.write(copy.resolve(segment), Arrays.copyOf(full, cut));
            Files.write(copy.resolve("checkpoints.jsonl"), checkpoints);
            try (JsonLinesAuditStore store = JsonLinesAuditStore.builder(copy).build()) {
                if (cut == lastLineStart) {
                    assertThat(store.recoveries()).isEmpty();
                } else {
                    assertThat(store.recoveries()).as("cut at %d", cut).singleElement().satisfies(t -> {
                        assertThat(t.offset()).isEqualTo(lastLineStart);
                        assertThat(t.discardedBytes()).isEqualTo(cut - lastLineStart);
                    });
                    assertThat(Files.readAllBytes(copy.resolve(segment + ".torn")))
                            .startsWith(Arrays.copyOfRange(full, lastLineStart, cut));
                }
                assertThat(Files.size(copy.resolve(segment))).isEqualTo(lastLineStart);
                assertThat(store.last()).get().extracting(AuditEntry::sequence).isEqualTo(4L);
                AuditVerifier verifier = AuditVerifier.create(AuditFixtures.KEY.publicKey());
                VerificationReport before = verifier.verify(store);
                assertThat(before.ok()).as(before.explanation()).isTrue();
                assertThat(before.signedThrough()).isEqualTo(4);
                AuditJournal resumed = journal(store, clock, 0);
                AuditEntry next = resumed.append(AuditFixtures.event(5));
                assertThat(next.sequence()).isEqualTo(5);
                VerificationReport after = verifier.verify(store);
                assertThat(after.ok()).as(after.explanation()).isTrue();
                assertThat(after.lastSequence()).isEqualTo(5);
            }
        }
        // The complete file, by contrast, keeps entry 5.
        try (JsonLinesAuditStore store = store().build()) {
            assertThat(store.recoveries()).isEmpty();
            assertThat(store.last()).get().extracting(AuditEntry::sequence).isEqualTo(5L);
        }
    }

    @Test
    void aTornCheckpointLine_isCutAway_andTheSignedEntriesStillVerify() throws IOException {
        AuditFixtures.FakeClock clock = new AuditFixtures.FakeClock(LATE_EVENING);
        try (AuditJournal journal = journal(store().build(), clock, 2)) {
            for (int i = 0; i < 5; i++) {
                journal.append(AuditFixtures.event(i));
            }
        }
        Path file = dir.resolve("checkpoints.jsonl");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 20));
        try (JsonLinesAuditStore store = store().build()) {
            assertThat(store.recoveries()).singleElement().extracting(RecoveredTail::file).isEqualTo("checkpoints.jsonl");
            assertThat(store.checkpoints()).extracting(AuditCheckpoint::sequence).containsExactly(2L, 4L);
            VerificationReport r = AuditVerifier.create(AuditFixtures.KEY.publicKey()).verify(store);
            assertThat(r.ok()).as(r.explanation()).isTrue();
            assertThat(r.signedThrough()).isEqualTo(4);
        }
    }

    @Test
    void anEditedLineInAnArchivedFile_isReportedAsModified_withItsFileAndLine() throws IOException {
        AuditFixtures.FakeClock clock = new AuditFixtures.FakeClock(LATE_EVENING);
        try (AuditJournal journal = journal(store().rotation(RotationPolicy.bySize(2048)).build(), clock, 0)) {
            for (int i = 0; i < 30; i++) {
                journal.append(AuditFixtures.event(i));
            }
        }
        Path archive;
        try (Stream<Path> files = Files.list(dir)) {
            archive = files.filter(p -> p.toString().endsWith(".gz")).sorted().skip(1).findFirst().orElseThrow();
        }
        List<String> lines = new String(gunzip(archive), StandardCharsets.UTF_8).lines().toList();
        String edited = lines.get(2).replace("\"outcome\":\"DENIED\"", "\"outcome\":\"SUCCESS\"")
                .replace("\"outcome\":\"FAILURE\"", "\"outcome\":\"SUCCESS\"").replace("declaration.", "declaratiom.");
        assertThat(edited).isNotEqualTo(lines.get(2));
        long sequence = Long.parseLong(edited.replaceAll(".*\"sequence\":(\\d+).*", "$1"));
        gzip(archive, String.join("\n", lines.subList(0, 2)) + "\n" + edited + "\n"
                + String.join("\n", lines.subList(3, lines.size())) + "\n");
        try (JsonLinesAuditStore store = store().build()) {
            VerificationReport r = AuditVerifier.create(AuditFixtures.KEY.publicKey()).verify(store);
            assertThat(r.problem()).as(r.explanation()).isEqualTo(VerificationProblem.MODIFIED);
            assertThat(r.sequence()).isEqualTo(sequence);
            assertThat(r.location()).isEqualTo(archive.getFileName() + ":line 3");
        }
    }

    @Test
    void garbageInAFile_isReportedAsModified_thenADeletedArchive_asDeleted_atTheEarliestPlace() throws IOException {
        AuditFixtures.FakeClock clock = new AuditFixtures.FakeClock(LATE_EVENING);
        try (AuditJournal journal = journal(store().rotation(RotationPolicy.bySize(2048)).build(), clock, 0)) {
            for (int i = 0; i < 30; i++) {
                journal.append(AuditFixtures.event(i));
            }
        }
        List<String> files;
        try (JsonLinesAuditStore store = store().build()) {
            files = store.files();
        }
        AuditVerifier verifier = AuditVerifier.create(AuditFixtures.KEY.publicKey());
        Path current = dir.resolve(files.get(files.size() - 1));
        byte[] bytes = Files.readAllBytes(current);
        bytes[lastLineStart(bytes) - 10] = '#';   // inside the hash of the next-to-last entry
        Files.write(current, bytes);
        long lines = new String(bytes, StandardCharsets.UTF_8).lines().count();
        try (JsonLinesAuditStore store = store().build()) {
            assertThat(store.recoveries()).isEmpty();
            VerificationReport r = verifier.verify(store);
            assertThat(r.problem()).as(r.explanation()).isEqualTo(VerificationProblem.MODIFIED);
            assertThat(r.sequence()).isEqualTo(29);
            assertThat(r.location()).isEqualTo(files.get(files.size() - 1) + ":line " + (lines - 1));
            assertThat(r.explanation()).contains("cannot be read");
        }
        Files.delete(dir.resolve(files.get(1)));
        long firstMissing = Long.parseLong(files.get(1).substring(8, 28));
        try (JsonLinesAuditStore store = store().build()) {
            VerificationReport r = verifier.verify(store);
            assertThat(r.problem()).as(r.explanation()).isEqualTo(VerificationProblem.DELETED);
            assertThat(r.sequence()).isEqualTo(firstMissing);
        }
        Files.delete(dir.resolve(files.get(0)));
        try (JsonLinesAuditStore store = store().build()) {
            VerificationReport r = verifier.verify(store);
            assertThat(r.problem()).as(r.explanation()).isEqualTo(VerificationProblem.DELETED);
            assertThat(r.sequence()).isEqualTo(1);
        }
    }

    @Test
    void aSecondStoreOnTheSameDirectory_isRefused() {
        try (JsonLinesAuditStore first = store().build()) {
            assertThatThrownBy(() -> store().build()).isInstanceOf(InvalidStateException.class)
                    .hasMessageContaining("already open by another store");
            assertThat(first.last()).isEmpty();
        }
        store().build().close();
    }

    @Test
    void periodicFlushing_writesWaitingEntriesWithinTheInterval() throws Exception {
        AuditFixtures.FakeClock clock = new AuditFixtures.FakeClock(LATE_EVENING);
        try (JsonLinesAuditStore store = store().flushPolicy(FlushPolicy.periodically(1_000_000, Duration.ofMillis(20))).build()) {
            AuditJournal journal = journal(store, clock, 0);
            journal.append(AuditFixtures.event(0));
            Path file = dir.resolve(store.files().get(0));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (Files.size(file) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(Files.readString(file)).contains("\"sequence\":1,");
        }
    }

    @Test
    void anInterruptedArchiving_isRedoneOnOpening() throws IOException {
        AuditFixtures.FakeClock clock = new AuditFixtures.FakeClock(LATE_EVENING);
        try (AuditJournal journal = journal(store().rotation(RotationPolicy.bySize(2048)).compressClosedFiles(false).build(), clock, 0)) {
            for (int i = 0; i < 20; i++) {
                journal.append(AuditFixtures.event(i));
            }
        }
        List<String> plain;
        try (JsonLinesAuditStore store = store().compressClosedFiles(false).build()) {
            plain = store.files();
        }
        assertThat(plain).allMatch(f -> f.endsWith(".jsonl"));
        Files.write(dir.resolve(plain.get(0) + ".gz.tmp"), new byte[] {1, 2, 3});
        try (JsonLinesAuditStore store = store().build()) {
            assertThat(store.files().subList(0, plain.size() - 1)).allMatch(f -> f.endsWith(".jsonl.gz"));
            assertThat(Files.exists(dir.resolve(plain.get(0) + ".gz.tmp"))).isFalse();
            assertThat(AuditVerifier.create(AuditFixtures.KEY.publicKey()).verify(store).ok()).isTrue();
        }
    }

    @Test
    void entriesWithAnyText_roundTripThroughTheFiles() {
        AuditFixtures.FakeClock clock = new AuditFixtures.FakeClock(Instant.parse("2026-02-17T01:02:03.123456789Z"));
        AuditEvent odd = AuditEvent.builder().actor("người.dùng", "01ab").action("đọc \"tờ khai\" \\ \n\t\u0001 /")
                .object("TỜ_KHAI", "", "01AB").origin("::1").outcome(AuditOutcome.FAILURE)
                .detail("emoji", "📦 container").detail("ctl", "\u001f\u007f\u2028").build();
        AuditEntry written;
        try (AuditJournal journal = journal(store().build(), clock, 0)) {
            written = journal.append(odd);
        }
        try (JsonLinesAuditStore store = store().build()) {
            assertThat(store.last()).contains(written);
            assertThat(AuditVerifier.create(AuditFixtures.KEY.publicKey()).verify(store).ok()).isTrue();
        }
    }

    private static int lastLineStart(byte[] bytes) {
        for (int i = bytes.length - 2; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static void gzip(Path file, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
