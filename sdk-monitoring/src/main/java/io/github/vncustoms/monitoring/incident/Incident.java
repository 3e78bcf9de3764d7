package io.github.vncustoms.monitoring.incident;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.internal.incident.IncidentTexts;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import java.time.Instant;
import java.util.Locale;

/**
 * An incident (sự cố): one problem on one transfer flow, raised for the unit responsible for the
 * system (MON-T-04, MON-T-07) and kept open while the problem lasts. The problem is the
 * {@linkplain Discrepancy#problemKey() problem key} of its discrepancies: the same kind on the same
 * flow ({@code system}, {@code fromUnit}, {@code toUnit}). A repeat of an open problem counts as one
 * more occurrence of the same incident.
 *
 * <pre>{@code
 * Incident i = desk.raise(discrepancy);
 * i.title();                        // "Đơn vị nhận không nhận được file: SLXNK từ 01AB đến HQ01"
 * i.title(Locale.ENGLISH);          // "File missing at the receiver: SLXNK from 01AB to HQ01"
 * i.responsibleUnit();              // "TCHQ-CNTT"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the incident's identifier, unique in its sink
 * @param problemKey the problem: {@code kind|system|fromUnit|toUnit}, as {@link Discrepancy#problemKey()}
 * @param kind the kind of discrepancy
 * @param system the business system's code
 * @param fromUnit the sending unit of the flow
 * @param toUnit the receiving unit of the flow
 * @param responsibleUnit the unit responsible for the system (Art. 13), to which the incident is routed
 * @param state open or resolved
 * @param openedAt when the incident was opened
 * @param updatedAt when it last changed: opened, occurred again or resolved
 * @param resolvedAt when it was resolved; {@code null} while it is {@link IncidentState#OPEN open}
 * @param occurrences how many discrepancies the incident gathers, at least 1
 * @param first the discrepancy that opened it
 * @param latest the latest discrepancy; the first one until it occurs again
 * @param resolvedBy who resolved it: the account id for a manual resolution, the desk's system actor
 *     for a resolution by a run; {@code ""} while open
 * @param resolution the resolution note; {@code ""} while open
 */
public record Incident(String id, String problemKey, DiscrepancyKind kind, String system, String fromUnit,
        String toUnit, String responsibleUnit, IncidentState state, Instant openedAt, Instant updatedAt,
        Instant resolvedAt, int occurrences, Discrepancy first, Discrepancy latest, String resolvedBy,
        String resolution) {

    /**
     * Validates the incident: its parts agree with its discrepancies, its instants are in order, and
     * a resolution time, actor and note are there exactly when it is resolved.
     *
     * @throws ValidationException naming the field that is missing, malformed or inconsistent
     */
    public Incident {
        id = Fields.id(id, "id");
        Fields.present(kind, "kind", "a discrepancy kind");
        system = Fields.system(system);
        fromUnit = Fields.unit(fromUnit, "fromUnit");
        toUnit = Fields.unit(toUnit, "toUnit");
        responsibleUnit = Fields.unit(responsibleUnit, "responsibleUnit");
        Fields.present(state, "state", "OPEN or RESOLVED");
        Fields.instant(openedAt, "openedAt");
        Fields.instant(updatedAt, "updatedAt");
        if (updatedAt.isBefore(openedAt)) {
            throw new ValidationException("updatedAt", "Incident " + id + " was updated at " + updatedAt
                    + " before it was opened at " + openedAt + ": expected updatedAt at or after openedAt");
        }
        if (occurrences < 1) {
            throw new ValidationException("occurrences", "Incident " + id + " has " + occurrences
                    + " occurrences: expected at least 1");
        }
        Fields.present(first, "first", "the discrepancy that opened the incident");
        Fields.present(latest, "latest", "the latest discrepancy");
        String key = kind.name() + '|' + system + '|' + fromUnit + '|' + toUnit;
        problemKey = Fields.require(problemKey, "problemKey");
        if (!problemKey.equals(key)) {
            throw new ValidationException("problemKey", "Incident " + id + " has problem key " + problemKey
                    + " but its kind and flow make " + key + ": expected kind|system|fromUnit|toUnit");
        }
        if (!first.problemKey().equals(key) || !latest.problemKey().equals(key)) {
            throw new ValidationException("latest", "Incident " + id + " is about " + key + " but holds discrepancies "
                    + first.problemKey() + " and " + latest.problemKey() + ": expected both of its own problem");
        }
        resolvedBy = Fields.text(resolvedBy, "resolvedBy");
        resolution = Fields.text(resolution, "resolution");
        if (state == IncidentState.OPEN) {
            if (resolvedAt != null || !resolvedBy.isEmpty() || !resolution.isEmpty()) {
                throw new ValidationException("resolvedAt", "Incident " + id + " is OPEN but has a resolution"
                        + ": expected no resolvedAt, resolvedBy or resolution while open");
            }
        } else {
            Fields.instant(resolvedAt, "resolvedAt");
            if (resolvedAt.isBefore(openedAt)) {
                throw new ValidationException("resolvedAt", "Incident " + id + " was resolved at " + resolvedAt
                        + " before it was opened at " + openedAt + ": expected resolvedAt at or after openedAt");
            }
            if (resolvedBy.isEmpty()) {
                throw new ValidationException("resolvedBy", "Incident " + id + " is RESOLVED without saying by whom"
                        + ": expected the account or the system actor that resolved it");
            }
        }
    }

    /**
     * Opens an incident for a discrepancy.
     *
     * @param id the new incident's identifier
     * @param responsibleUnit the unit it is routed to
     * @param discrepancy the discrepancy that opens it
     * @param at when it is opened
     * @return an open incident with one occurrence
     * @throws ValidationException if a part is missing or malformed
     */
    public static Incident open(String id, String responsibleUnit, Discrepancy discrepancy, Instant at) {
        Fields.present(discrepancy, "discrepancy", "the discrepancy that opens the incident");
        return new Incident(id, discrepancy.problemKey(), discrepancy.kind(), discrepancy.system(),
                discrepancy.fromUnit(), discrepancy.toUnit(), responsibleUnit, IncidentState.OPEN, at, at, null, 1,
                discrepancy, discrepancy, "", "");
    }

    /**
     * Returns this open incident with one more occurrence.
     *
     * @param discrepancy the repeat, of the same problem
     * @param at when it was seen; the update time never goes back before the last one
     * @return the updated incident
     * @throws ValidationException if the discrepancy is of another problem
     * @throws InvalidStateException if the incident is resolved
     */
    public Incident withRepeat(Discrepancy discrepancy, Instant at) {
        requireOpen("occur again");
        Fields.present(discrepancy, "discrepancy", "the repeated discrepancy");
        return new Incident(id, problemKey, kind, system, fromUnit, toUnit, responsibleUnit, state, openedAt,
                latestOf(updatedAt, Fields.instant(at, "at")), null, Math.addExact(occurrences, 1), first, discrepancy,
                "", "");
    }

    /**
     * Returns this open incident resolved.
     *
     * @param at when it was resolved; never before the last update
     * @param by the account or system actor that resolved it
     * @param note why it is resolved
     * @return the resolved incident
     * @throws ValidationException if {@code by} is blank or the note too long
     * @throws InvalidStateException if the incident is already resolved
     */
    public Incident withResolution(Instant at, String by, String note) {
        requireOpen("be resolved");
        Instant when = latestOf(updatedAt, Fields.instant(at, "at"));
        return new Incident(id, problemKey, kind, system, fromUnit, toUnit, responsibleUnit, IncidentState.RESOLVED,
                openedAt, when, when, occurrences, first, latest, Fields.require(by, "by"), note);
    }

    private void requireOpen(String what) {
        if (state != IncidentState.OPEN) {
            throw new InvalidStateException("Incident " + id + " (" + problemKey
                    + ") was resolved at " + resolvedAt + " by " + resolvedBy + " and cannot " + what
                    + ": expected an OPEN incident; a new occurrence of the problem opens a new incident");
        }
    }

    private static Instant latestOf(Instant a, Instant b) {
        return b.isBefore(a) ? a : b;
    }

    /**
     * Tells whether the incident is open.
     *
     * @return {@code true} if {@link IncidentState#OPEN}
     */
    public boolean isOpen() {
        return state == IncidentState.OPEN;
    }

    /**
     * Returns the requirement the incident's discrepancies break.
     *
     * @return e.g. {@code MON-T-04}
     */
    public String requirement() {
        return kind.requirement();
    }

    /**
     * Returns the incident's title in Vietnamese.
     *
     * @return e.g. {@code Đơn vị nhận không nhận được file: SLXNK từ 01AB đến HQ01}
     */
    public String title() {
        return title(IncidentTexts.VIETNAMESE);
    }

    /**
     * Returns the incident's title in a locale's language: English for English, Vietnamese otherwise.
     *
     * @param locale the locale
     * @return the title: kind, system and flow
     */
    public String title(Locale locale) {
        boolean english = IncidentTexts.language(locale).equals(Locale.ENGLISH);
        return IncidentTexts.text(locale, "incident.title", english ? kind.nameEn() : kind.nameVi(), system, fromUnit, toUnit);
    }

    /**
     * Returns a description for people: title, state, responsible unit, occurrences, times, the
     * latest discrepancy's figures and detail, and the resolution once resolved, one fact per line.
     *
     * @param locale the locale; English for English, Vietnamese otherwise
     * @return the description
     */
    public String description(Locale locale) {
        StringBuilder b = new StringBuilder();
        line(b, locale, "label.incident", id + " – " + title(locale));
        line(b, locale, "label.requirement", requirement());
        line(b, locale, "label.responsibleUnit", responsibleUnit);
        line(b, locale, "label.state", state.label(locale));
        line(b, locale, "label.occurrences", Integer.toString(occurrences));
        line(b, locale, "label.openedAt", IncidentTexts.time(locale, openedAt));
        line(b, locale, "label.lastSeen", IncidentTexts.time(locale, latest.at()));
        if (!latest.runId().isEmpty()) {
            line(b, locale, "label.run", latest.runId());
        }
        if (!latest.fileName().isEmpty()) {
            line(b, locale, "label.file", latest.fileName());
        }
        if (!latest.expected().isEmpty()) {
            line(b, locale, "label.expected", latest.expected());
        }
        if (!latest.actual().isEmpty()) {
            line(b, locale, "label.actual", latest.actual());
        }
        if (!latest.detail().isEmpty()) {
            line(b, locale, "label.detail", latest.detail());
        }
        if (state == IncidentState.RESOLVED) {
            line(b, locale, "label.resolvedAt", IncidentTexts.time(locale, resolvedAt));
            line(b, locale, "label.resolvedBy", resolvedBy);
            if (!resolution.isEmpty()) {
                line(b, locale, "label.resolution", resolution);
            }
        }
        return b.toString();
    }

    private static void line(StringBuilder b, Locale locale, String key, String value) {
        b.append(IncidentTexts.text(locale, key)).append(": ").append(value).append('\n');
    }
}
