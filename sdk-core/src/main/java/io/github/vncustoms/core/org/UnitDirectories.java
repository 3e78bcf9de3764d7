package io.github.vncustoms.core.org;

import io.github.vncustoms.core.error.ConfigurationException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.json.CustomsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads {@link UnitDirectory unit directories} from JSON and CSV, and the bundled ones.
 *
 * <pre>{@code
 * UnitDirectory regions = UnitDirectories.regionalBranches2025();
 * regions.children("CUC-HQ").size();   // 20
 * UnitDirectory mine = UnitDirectories.fromCsv(reader, OrgEra.REGULATIONS_2010);
 * }</pre>
 *
 * <p>JSON is an object with an {@code era} (an {@link OrgEra}) and {@code units} (a list of
 * {@link CustomsUnit}). CSV has a header row with the columns {@code code, name_vi, name_en, level,
 * parent_code, kind, provinces, seat, source}; only {@code code}, {@code name_vi} and {@code level}
 * are required, and {@code provinces} are separated by {@code ;}. Stateless and thread-safe.
 */
public final class UnitDirectories {
    private static final List<String> REQUIRED_COLUMNS = List.of("code", "name_vi", "level");
    private static final Set<String> KNOWN_COLUMNS = Set.of("code", "name_vi", "name_en", "level", "parent_code",
            "kind", "provinces", "seat", "source");

    private UnitDirectories() {}

    /**
     * Returns the bundled sample directory in the 2010 structure: headquarters with three of its
     * divisions, three departments, and a few of their branches. For tests and examples.
     *
     * @return the sample directory
     * @throws ConfigurationException if the bundled resource is missing or unreadable
     */
    public static UnitDirectory sample() {
        try (InputStream in = resource("sample-directory.json")) {
            return fromJson(in);
        } catch (IOException e) {
            throw new ConfigurationException("Bundled sample-directory.json could not be read", e);
        }
    }

    /**
     * Returns the bundled 2025 structure: the Cục Hải quan and the 20 regional customs branches
     * created on 1 March 2025, with the sourced provinces and seats (empty where not known).
     *
     * @return the directory in {@link OrgEra#REORGANISATION_2025}
     * @throws ConfigurationException if the bundled resource is missing or unreadable
     */
    public static UnitDirectory regionalBranches2025() {
        try (InputStream in = resource("regional-branches-2025.csv")) {
            return fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8), OrgEra.REORGANISATION_2025);
        } catch (IOException e) {
            throw new ConfigurationException("Bundled regional-branches-2025.csv could not be read", e);
        }
    }

    /**
     * Reads a directory from JSON. The stream is not closed.
     *
     * @param in the JSON document, UTF-8
     * @return the directory
     * @throws ValidationException if the document is malformed, has no era, or the tree is unsound
     */
    public static UnitDirectory fromJson(InputStream in) {
        UnitDirectoryDocument doc = CustomsJson.read(in, UnitDirectoryDocument.class);
        if (doc.era() == null) {
            throw new ValidationException("era", "Unit directory JSON has no 'era': expected an object with id, names,"
                    + " effectiveFrom and levels");
        }
        return UnitDirectory.of(doc.era(), doc.units());
    }

    /**
     * Writes a directory as JSON that {@link #fromJson(InputStream)} reads back.
     *
     * @param directory the directory
     * @return the JSON text
     */
    public static String toJson(UnitDirectory directory) {
        Objects.requireNonNull(directory, "directory");
        return CustomsJson.write(new UnitDirectoryDocument(directory.era(), directory.units()));
    }

    /**
     * Reads a directory from CSV. The reader is not closed.
     *
     * @param reader the CSV text
     * @param era the era whose levels the units use
     * @return the directory
     * @throws ValidationException listing every malformed row, then every problem of the tree
     */
    public static UnitDirectory fromCsv(Reader reader, OrgEra era) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(era, "era");
        List<CustomsUnit> units = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setTrim(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new ValidationException("csv", "Unit CSV lacks the column(s) " + missing
                        + ": expected a header with at least " + REQUIRED_COLUMNS + " (known columns: "
                        + KNOWN_COLUMNS.stream().sorted().toList() + ")");
            }
            for (CSVRecord row : parser) {
                try {
                    units.add(unit(row));
                } catch (ValidationException e) {
                    problems.add("line " + (row.getRecordNumber() + 1) + ": " + e.getMessage());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ValidationException("csv", "Unit CSV could not be read: " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("csv", "Unit CSV has " + problems.size() + " malformed row(s): "
                    + String.join("; ", problems), problems, null);
        }
        return UnitDirectory.of(era, units);
    }

    private static CustomsUnit unit(CSVRecord row) {
        String levelText = column(row, "level");
        int level;
        try {
            level = Integer.parseInt(levelText);
        } catch (NumberFormatException e) {
            throw new ValidationException("level", "Level '" + levelText + "' is not a number: expected 1 to 9");
        }
        String kindText = column(row, "kind");
        UnitKind kind;
        try {
            kind = kindText.isEmpty() ? UnitKind.OFFICE : UnitKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "Kind '" + kindText + "' is unknown: expected one of "
                    + Arrays.toString(UnitKind.values()));
        }
        List<String> provinces = Arrays.stream(column(row, "provinces").split(";"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new CustomsUnit(column(row, "code"), column(row, "name_vi"), column(row, "name_en"), level,
                column(row, "parent_code"), kind, provinces, column(row, "seat"), column(row, "source"));
    }

    private static String column(CSVRecord row, String name) {
        return row.isMapped(name) && row.isSet(name) ? row.get(name) : "";
    }

    private static InputStream resource(String name) {
        InputStream in = UnitDirectories.class.getResourceAsStream(name);
        if (in == null) {
            throw new ConfigurationException("Bundled resource " + name + " is missing from the sdk-core jar");
        }
        return in;
    }
}
