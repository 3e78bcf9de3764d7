package io.github.vncustoms.valuation.backup;

import static io.github.vncustoms.valuation.observation.RecordsFixtures.declared;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.leader;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.offer;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.officer;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.phone;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.steel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.observation.CommercialLevel;
import io.github.vncustoms.valuation.observation.InMemoryValuationStore;
import io.github.vncustoms.valuation.observation.Incoterm;
import io.github.vncustoms.valuation.observation.ObservationQuery;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.observation.RecordsFixtures;
import io.github.vncustoms.valuation.observation.SurveySheet;
import io.github.vncustoms.valuation.source.PriceSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each half day's updates are written to a verifiable file and restored whole, or not at all (VAL-22, VAL-14). */
final class ObservationBackupTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final BackupPeriod MORNING = BackupPeriod.morning(DAY);
    private static final BackupPeriod AFTERNOON = BackupPeriod.afternoon(DAY);

    @TempDir
    Path dir;

    private final RecordsFixtures.World world = RecordsFixtures.world();
    private final ObservationBackup backup = ObservationBackup.builder(world.store).clock(world.clock).journal(world.journal)
            .origin("backup-01").build();
    private final Account lan = officer("lan.nt", "01AB");
    private final Account xuan = officer("xuan.lt", "02XE");

    private PriceObservation at(String instant, java.util.function.Supplier<PriceObservation> action) {
        world.clock.set(Instant.parse(instant));
        return action.get();
    }

    /** A day of work: declared values, a survey, offers proposed in the morning and decided in the afternoon. */
    private List<PriceObservation> aDay() {
        List<PriceObservation> made = new ArrayList<>();
        made.add(at("2026-11-20T01:00:00Z", () -> world.db.record(lan, declared(phone(), "412.50", DAY)
                .incoterm(Incoterm.CIF).originCountry("KR").reference("TK 104512345678/A12"))));
        made.add(at("2026-11-20T02:00:00Z", () -> world.db.record(xuan, declared(steel(), "650.00", DAY).suspicious(true))));
        SurveySheet sheet = new SurveySheet(List.of("Nguyễn Thị Lan", "Trần Văn Minh"), "123 Lê Lợi, Quận 1, TP.HCM",
                Instant.parse("2026-11-19T03:00:00Z"), "Điện thoại Samsung SM-S928B 512GB", Money.vnd(33_990_000),
                UnitOfMeasure.PIECE, CommercialLevel.DOMESTIC_RETAIL, "Giá niêm yết, có hóa đơn");
        made.add(at("2026-11-20T03:00:00Z", () -> world.db.propose(lan, PriceObservation.builder().goods(phone())
                .source(PriceSource.DOMESTIC_MARKET_SURVEY).unitPrice(Money.vnd(33_990_000)).unit(UnitOfMeasure.PIECE)
                .commercialLevel(CommercialLevel.DOMESTIC_RETAIL).priceDate(DAY.minusDays(1)).determinedOn(DAY.minusDays(1))
                .survey(sheet), "Khảo sát giá bán lẻ", List.of("phieu-khao-sat-01.pdf"))));
        made.add(at("2026-11-20T04:00:00Z", () -> world.db.propose(lan, offer(phone(), "950.00", DAY),
                "Giá chào bán \"chính hãng\"\ncó xuống dòng", List.of("in-trang-web.pdf"))));
        return made;
    }

    private List<PriceObservation> everything(InMemoryValuationStore store) {
        return store.select(ObservationQuery.all(), UnitFilter.all());
    }

    @Test
    @DisplayName("VAL-22: a day written as two half days restores into an empty store exactly as it was, decisions included")
    void halfDays_restoreTheDayExactly() {
        List<PriceObservation> made = aDay();
        world.clock.set(MORNING.end());
        BackupManifest morning = backup.write(MORNING, dir.resolve(MORNING.fileName()));
        // decided in the afternoon; one more entry in the afternoon
        at("2026-11-20T06:00:00Z", () -> world.db.decide(leader("hung.lv", "01AB"), made.get(3).id(), Verdict.ACCEPTED, "Đồng ý"));
        at("2026-11-20T07:00:00Z", () -> world.db.decide(leader("hung.lv", "01AB"), made.get(2).id(), Verdict.NOT_ACCEPTED, ""));
        at("2026-11-20T08:00:00Z", () -> world.db.record(xuan, declared(phone(), "409.00", DAY)));
        world.clock.set(AFTERNOON.end().plusSeconds(30));
        BackupManifest afternoon = backup.write(AFTERNOON, dir.resolve(AFTERNOON.fileName()));

        assertThat(morning.count()).isEqualTo(4);
        assertThat(afternoon.count()).isEqualTo(3);
        assertThat(afternoon.writtenAt()).isEqualTo(AFTERNOON.end().plusSeconds(30));

        InMemoryValuationStore fresh = InMemoryValuationStore.create();
        ObservationBackup restorer = ObservationBackup.builder(fresh).build();
        RestoreReport first = restorer.restore(dir.resolve(MORNING.fileName()));
        assertThat(first.inserted()).isEqualTo(4);
        assertThat(fresh.select(ObservationQuery.builder().states(ApprovalState.PENDING).build(), UnitFilter.all())).hasSize(2);
        RestoreReport second = restorer.restore(dir.resolve(AFTERNOON.fileName()));
        assertThat(second).extracting(RestoreReport::inserted, RestoreReport::updated, RestoreReport::unchanged)
                .containsExactly(1, 2, 0);
        assertThat(everything(fresh)).containsExactlyElementsOf(everything(world.store));

        RestoreReport again = restorer.restore(dir.resolve(MORNING.fileName()));
        assertThat(again).extracting(RestoreReport::inserted, RestoreReport::updated, RestoreReport::unchanged)
                .containsExactly(0, 0, 4);
        assertThat(everything(fresh)).containsExactlyElementsOf(everything(world.store));
    }

    @Test
    @DisplayName("VAL-22: the file is JSON Lines closed by a manifest with the count and the SHA-256 of the lines before it")
    void theFile_isJsonLinesWithAManifest() throws IOException {
        aDay();
        world.clock.set(MORNING.end());
        Path file = dir.resolve(MORNING.fileName());
        BackupManifest manifest = backup.write(MORNING, file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(0, 4)).allSatisfy(l -> assertThat(l).startsWith("{\"observation\":{"));
        assertThat(lines.get(4)).startsWith("{\"manifest\":{").contains("\"count\":4").contains(manifest.sha256())
                .contains("\"format\":\"vncustoms.valuation.observations\"");
        byte[] all = Files.readAllBytes(file);
        int manifestStart = new String(all, StandardCharsets.UTF_8).lastIndexOf("{\"manifest\"");
        byte[] body = java.util.Arrays.copyOf(all, new String(all, StandardCharsets.UTF_8).substring(0, manifestStart)
                .getBytes(StandardCharsets.UTF_8).length);
        assertThat(HexFormat.of().formatHex(sha256(body))).isEqualTo(manifest.sha256());
        assertThat(backup.verify(file)).isEqualTo(manifest);
        assertThat(lines.get(0)).contains("\"amount\":\"412.50\"").contains("\"currency\":\"USD\"");
    }

    @Test
    @DisplayName("VAL-22: an altered line is refused and nothing is loaded")
    void tamperedFile_isRefused() throws IOException {
        aDay();
        world.clock.set(MORNING.end());
        Path file = dir.resolve(MORNING.fileName());
        backup.write(MORNING, file);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\"amount\":\"412.50\"", "\"amount\":\"41.25\""));

        InMemoryValuationStore fresh = InMemoryValuationStore.create();
        assertThatThrownBy(() -> ObservationBackup.builder(fresh).build().restore(file))
                .isInstanceOf(IntegrityException.class)
                .hasMessageContaining("was altered")
                .hasMessageContaining("nothing was loaded");
        assertThat(fresh.size()).isZero();
    }

    @Test
    @DisplayName("VAL-22: a truncated file (manifest lost, a line lost, a line cut) is refused and nothing is loaded")
    void truncatedFiles_areRefused() throws IOException {
        aDay();
        world.clock.set(MORNING.end());
        Path file = dir.resolve(MORNING.fileName());
        backup.write(MORNING, file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        InMemoryValuationStore fresh = InMemoryValuationStore.create();
        ObservationBackup restorer = ObservationBackup.builder(fresh).build();

        Path noManifest = dir.resolve("no-manifest.jsonl");
        Files.write(noManifest, lines.subList(0, 4), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> restorer.restore(noManifest)).isInstanceOf(IntegrityException.class)
                .hasMessageContaining("no manifest line");

        Path lineLost = dir.resolve("line-lost.jsonl");
        Files.write(lineLost, Stream.concat(lines.subList(1, 4).stream(), Stream.of(lines.get(4))).toList(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> restorer.restore(lineLost)).isInstanceOf(IntegrityException.class)
                .hasMessageContaining("holds 3 observation line(s) but its manifest counts 4");

        byte[] all = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.jsonl");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> restorer.restore(cut)).isInstanceOf(IntegrityException.class)
                .hasMessageContaining("truncated");

        Path extra = dir.resolve("extra.jsonl");
        Files.write(extra, Stream.concat(lines.stream(), Stream.of(lines.get(0))).toList(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> restorer.restore(extra)).isInstanceOf(IntegrityException.class)
                .hasMessageContaining("follows the manifest line");

        Path notJson = dir.resolve("not-json.jsonl");
        Files.writeString(notJson, "hello\n");
        assertThatThrownBy(() -> restorer.restore(notJson)).isInstanceOf(IntegrityException.class)
                .hasMessageContaining("line 1 is not a backup line");

        Path countEdited = dir.resolve("count-edited.jsonl");
        Files.write(countEdited, Stream.concat(lines.subList(1, 4).stream(),
                Stream.of(lines.get(4).replace("\"count\":4", "\"count\":3"))).toList(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> restorer.restore(countEdited)).isInstanceOf(IntegrityException.class)
                .hasMessageContaining("was altered");
        assertThat(fresh.size()).isZero();
    }

    @Test
    void writing_refusesAPeriodNotYetOver_andAnExistingFile_andLeavesNoPartialFile() throws IOException {
        aDay();
        world.clock.set(MORNING.end().minusSeconds(1));
        assertThatThrownBy(() -> backup.write(MORNING, dir.resolve(MORNING.fileName())))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("has ended");
        world.clock.set(MORNING.end());
        Path file = dir.resolve(MORNING.fileName());
        backup.write(MORNING, file);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> backup.write(MORNING, file))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("never overwritten");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(MORNING.fileName());
        }
    }

    @Test
    void anEmptyPeriod_writesAManifestOnly_andRestoresNothing() throws IOException {
        world.clock.set(AFTERNOON.end());
        Path file = dir.resolve(AFTERNOON.fileName());
        BackupManifest m = backup.write(AFTERNOON, file);
        assertThat(m.count()).isZero();
        assertThat(Files.readAllLines(file)).hasSize(1);
        RestoreReport r = ObservationBackup.builder(InMemoryValuationStore.create()).build().restore(file);
        assertThat(r.inserted() + r.updated() + r.unchanged()).isZero();
    }

    @Test
    @DisplayName("VAL-14, VAL-22: a store holding another version of an observation refuses the whole file")
    void conflictingStore_refusesTheWholeFile() {
        List<PriceObservation> made = aDay();
        world.clock.set(MORNING.end());
        Path file = dir.resolve(MORNING.fileName());
        backup.write(MORNING, file);

        InMemoryValuationStore other = InMemoryValuationStore.create();
        other.insert(made.get(0).toBuilder().unitPrice(Money.of("1.00", "USD")).build());
        assertThatThrownBy(() -> ObservationBackup.builder(other).build().restore(file))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining(made.get(0).id())
                .hasMessageContaining("nothing was restored");
        assertThat(other.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("VAL-22: backups written and restored are journaled with their checksum, and the journal verifies")
    void backupsAndRestores_areJournaled() {
        aDay();
        world.clock.set(MORNING.end());
        Path file = dir.resolve(MORNING.fileName());
        BackupManifest m = backup.write(MORNING, file);
        ObservationBackup restorer = ObservationBackup.builder(InMemoryValuationStore.create()).journal(world.journal)
                .clock(world.clock).systemActor("it.admin", "tchq-cntt").origin("backup-01").build();
        restorer.restore(file);

        List<AuditEvent> events = world.events().stream().filter(e -> e.objectType().equals(ObservationBackup.OBJECT_TYPE)).toList();
        assertThat(events).extracting(AuditEvent::action).containsExactly(ObservationBackup.WRITTEN, ObservationBackup.RESTORED);
        assertThat(events.get(0)).satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(ObservationBackup.DEFAULT_SYSTEM_ACTOR);
            assertThat(e.objectId()).isEqualTo(MORNING.fileName());
            assertThat(e.origin()).isEqualTo("backup-01");
            assertThat(e.details()).containsEntry("sha256", m.sha256()).containsEntry("count", "4")
                    .containsEntry("part", "MORNING").containsEntry("day", "2026-11-20");
        });
        assertThat(events.get(1)).satisfies(e -> {
            assertThat(e.actorId()).isEqualTo("it.admin");
            assertThat(e.actorUnit()).isEqualTo("TCHQ-CNTT");
            assertThat(e.details()).containsEntry("sha256", m.sha256()).containsEntry("inserted", "4");
        });
        world.journal.verify().requireIntact();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
