package io.github.vncustoms.monitoring.incident;

import io.github.vncustoms.monitoring.internal.incident.IncidentTexts;
import java.util.Locale;

/**
 * Where an incident is in its life: open while the problem lasts, resolved once a run shows the flow
 * works again or a person closes it (MON-T-04). A resolved incident stays resolved; the next
 * occurrence of the same problem opens a new incident.
 *
 * <p>Immutable.
 */
public enum IncidentState {
    /** The problem is current (đang mở). */
    OPEN,
    /** The problem is resolved (đã khắc phục). */
    RESOLVED;

    /**
     * Returns the state's name for people, in Vietnamese unless the locale's language is English.
     *
     * @param locale the locale
     * @return e.g. {@code Đang mở} or {@code Open}
     */
    public String label(Locale locale) {
        return IncidentTexts.text(locale, "state." + name());
    }
}
