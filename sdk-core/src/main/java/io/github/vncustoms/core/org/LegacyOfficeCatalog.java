package io.github.vncustoms.core.org;

import io.github.vncustoms.core.error.ConfigurationException;
import io.github.vncustoms.core.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The list of legacy customs office codes known to have been issued, with their names.
 *
 * <p>{@link #bundled()} holds 391 codes from a third-party copy of the list made in 2020 (see
 * {@code SOURCES.md} beside the data); codes may have been reissued since, so load a newer list with
 * {@link #fromCsv(Reader)} where one is available. Immutable and thread-safe.
 */
public final class LegacyOfficeCatalog {
    private static final String BUNDLED = "customs-office-codes-legacy.csv";

    private final Map<LegacyOfficeCode, LegacyOfficeEntry> entries;
    private final List<LegacyOfficeEntry> ordered;

    private LegacyOfficeCatalog(Map<LegacyOfficeCode, LegacyOfficeEntry> inFileOrder) {
        this.entries = Map.copyOf(inFileOrder);
        this.ordered = List.copyOf(inFileOrder.values());
    }

    /**
     * Returns the bundled list.
     *
     * @return the catalog
     * @throws ConfigurationException if the bundled resource is missing or unreadable
     */
    public static LegacyOfficeCatalog bundled() {
        try (InputStream in = LegacyOfficeCatalog.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new ConfigurationException("Bundled resource " + BUNDLED + " is missing from the sdk-core jar");
            }
            return fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException("Bundled resource " + BUNDLED + " could not be read", e);
        }
    }

    /**
     * Reads a list in CSV with a header row and the columns {@code code}, {@code name_as_listed} and,
     * optionally, {@code legacy_cuc_by_prefix_(inferred_from_names)} or {@code department}.
     *
     * @param reader the CSV text; not closed
     * @return the catalog
     * @throws ValidationException listing every malformed or duplicated row
     */
    public static LegacyOfficeCatalog fromCsv(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        Map<LegacyOfficeCode, LegacyOfficeEntry> entries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("code") || !header.contains("name_as_listed")) {
                throw new ValidationException("csv", "Office code list has columns " + header
                        + ": expected at least 'code' and 'name_as_listed'");
            }
            String departmentColumn = header.stream().filter(h -> h.startsWith("legacy_cuc") || h.equals("department"))
                    .findFirst().orElse(null);
            for (CSVRecord row : parser) {
                try {
                    LegacyOfficeCode code = LegacyOfficeCode.parse(row.get("code"));
                    LegacyOfficeEntry entry = new LegacyOfficeEntry(code, row.get("name_as_listed"),
                            departmentColumn == null ? "" : row.get(departmentColumn));
                    if (entries.putIfAbsent(code, entry) != null) {
                        problems.add("line " + (row.getRecordNumber() + 1) + ": code " + code + " is listed twice");
                    }
                } catch (ValidationException | IllegalArgumentException e) {
                    problems.add("line " + (row.getRecordNumber() + 1) + ": " + e.getMessage());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ValidationException("csv", "Office code list is not readable CSV: " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("csv", "Office code list has " + problems.size() + " problem(s): "
                    + String.join("; ", problems), problems, null);
        }
        return new LegacyOfficeCatalog(entries);
    }

    /**
     * Finds an office by code.
     *
     * @param code the code
     * @return the entry, or empty if the code is not listed
     */
    public Optional<LegacyOfficeEntry> find(LegacyOfficeCode code) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Tells whether a code is listed.
     *
     * @param code the code
     * @return {@code true} if listed
     */
    public boolean contains(LegacyOfficeCode code) {
        return entries.containsKey(Objects.requireNonNull(code, "code"));
    }

    /**
     * Returns every entry, in file order.
     *
     * @return an unmodifiable list
     */
    public List<LegacyOfficeEntry> entries() {
        return ordered;
    }
}
