package io.github.vncustoms.valuation.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.goods.GoodsAttribute;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.observation.InMemoryValuationStore;
import io.github.vncustoms.valuation.observation.ObservationQuery;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.observation.RecordsFixtures;
import io.github.vncustoms.valuation.source.PriceSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Whatever a day holds, its backup restores it exactly, and no single altered byte ever loads altered
 * data (VAL-22).
 */
final class ObservationBackupProperties {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final BackupPeriod PERIOD = BackupPeriod.day(DAY);
    private static final List<PriceSource> SOURCES = List.of(PriceSource.CUSTOMS_VALUATION_RESULT, PriceSource.RISK_LIST,
            PriceSource.INTERNET_OFFER, PriceSource.PRESS, PriceSource.FOREIGN_CUSTOMS);
    private static final List<ApprovalState> DECIDABLE = List.of(ApprovalState.PENDING, ApprovalState.ACCEPTED,
            ApprovalState.NOT_ACCEPTED);

    private Path dir;

    @BeforeProperty
    void makeDirectory() throws IOException {
        dir = Files.createTempDirectory("valuation-backup-properties");
    }

    @AfterProperty
    void removeDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** One observation of the day: free Vietnamese text in the trade name and model, any source and state, any minute. */
    record Spec(String tradeName, String model, int source, int state, int minute, int unit, boolean suspicious) {
        PriceObservation build(int index) {
            GoodsDescriptor goods = GoodsDescriptor.builder(HsCode.parse("8517.13.00"), tradeName)
                    .with(GoodsAttribute.MODEL, model).build();
            PriceSource s = SOURCES.get(source);
            return RecordsFixtures.observation("B-" + index, goods, s, s.needsApproval() ? DECIDABLE.get(state) : ApprovalState.NOT_REQUIRED,
                    RecordsFixtures.UNIT_CODES.get(unit), PERIOD.start().plus(Duration.ofMinutes(minute)), DAY)
                    .toBuilder().suspicious(suspicious).build();
        }
    }

    @Provide
    Arbitrary<List<Spec>> day() {
        Arbitrary<String> text = Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếệốờữ \"\\/{}:,\t")
                .ofMinLength(1).ofMaxLength(30).filter(t -> !t.isBlank());
        return Combinators.combine(text, text,
                Arbitraries.integers().between(0, SOURCES.size() - 1),
                Arbitraries.integers().between(0, DECIDABLE.size() - 1),
                Arbitraries.integers().between(0, 24 * 60 - 120),
                Arbitraries.integers().between(0, RecordsFixtures.UNIT_CODES.size() - 1),
                Arbitraries.of(true, false)).as(Spec::new).list().ofMaxSize(25);
    }

    private List<PriceObservation> store(InMemoryValuationStore store, List<Spec> specs) {
        List<PriceObservation> all = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            PriceObservation o = specs.get(i).build(i);
            store.insert(o);
            all.add(o);
        }
        return all;
    }

    private static List<PriceObservation> everything(InMemoryValuationStore store) {
        return store.select(ObservationQuery.all(), UnitFilter.all());
    }

    @Property(tries = 100)
    @Label("VAL-22: a day's backup restores into an empty store exactly what the store held")
    void aBackup_restoresTheDayExactly(@ForAll("day") List<Spec> specs) {
        InMemoryValuationStore original = InMemoryValuationStore.create();
        store(original, specs);
        Path file = dir.resolve("round-trip-" + System.nanoTime() + ".jsonl");
        BackupManifest written = ObservationBackup.builder(original).clock(fixedAfterTheDay()).build().write(PERIOD, file);

        InMemoryValuationStore restored = InMemoryValuationStore.create();
        RestoreReport report = ObservationBackup.builder(restored).build().restore(file);
        assertThat(report.manifest()).isEqualTo(written);
        assertThat(report.inserted()).isEqualTo(specs.size());
        assertThat(everything(restored)).containsExactlyElementsOf(everything(original));
    }

    @Property(tries = 150)
    @Label("VAL-22: one altered byte anywhere is refused, or (in the manifest's own time stamp) loads exactly the original")
    void oneAlteredByte_neverLoadsAlteredData(@ForAll("day") List<Spec> specs, @ForAll("fractions") double where,
            @ForAll("flips") int flip) throws IOException {
        InMemoryValuationStore original = InMemoryValuationStore.create();
        store(original, specs);
        Path file = dir.resolve("flip-" + System.nanoTime() + ".jsonl");
        ObservationBackup.builder(original).clock(fixedAfterTheDay()).build().write(PERIOD, file);
        byte[] bytes = Files.readAllBytes(file);
        int at = Math.min(bytes.length - 1, (int) (where * bytes.length));
        bytes[at] = (byte) (bytes[at] ^ flip);
        Files.write(file, bytes);

        InMemoryValuationStore restored = InMemoryValuationStore.create();
        try {
            ObservationBackup.builder(restored).build().restore(file);
            assertThat(everything(restored)).containsExactlyElementsOf(everything(original));
        } catch (IntegrityException refused) {
            assertThat(restored.size()).isZero();
        }
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<Integer> flips() {
        return Arbitraries.integers().between(1, 255);
    }

    private static java.time.Clock fixedAfterTheDay() {
        return java.time.Clock.fixed(PERIOD.end().plusSeconds(1), java.time.ZoneOffset.UTC);
    }
}
