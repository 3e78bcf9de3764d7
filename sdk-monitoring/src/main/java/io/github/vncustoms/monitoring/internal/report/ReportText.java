package io.github.vncustoms.monitoring.internal.report;

import io.github.vncustoms.core.error.ConfigurationException;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import io.github.vncustoms.monitoring.report.ReportLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The texts and display formats of one report language, from the bundled {@code messages_vi} and
 * {@code messages_en} properties (UTF-8). The bundle is read directly rather than through
 * {@code ResourceBundle.getBundle}, so that the JVM's default locale never picks the language and
 * the lookup works the same on the class path and the module path. Immutable and thread-safe once
 * built. Not API.
 */
public final class ReportText {
    private static final String BUNDLE = "/io/github/vncustoms/monitoring/report/messages_";

    private final ReportLanguage language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;
    private final String groupingSeparator;

    private ReportText(ReportLanguage language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
        this.date = DateTimeFormatter.ofPattern(get("format.date"));
        this.time = DateTimeFormatter.ofPattern(get("format.time"));
        this.dateTime = DateTimeFormatter.ofPattern(get("format.dateTime")).withZone(WorkingCalendar.VIETNAM_ZONE);
        this.groupingSeparator = get("format.groupingSeparator");
    }

    /**
     * Loads a language's texts.
     *
     * @param language the language
     * @return the texts
     * @throws ConfigurationException if the bundled properties are missing or unreadable
     */
    public static ReportText of(ReportLanguage language) {
        return new ReportText(language, bundle(language));
    }

    /**
     * Loads a language's bundle.
     *
     * @param language the language
     * @return the bundle
     * @throws ConfigurationException if it is missing or unreadable
     */
    public static ResourceBundle bundle(ReportLanguage language) {
        String name = BUNDLE + language.tag() + ".properties";
        try (InputStream in = ReportText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ConfigurationException("Bundled report messages " + name + " are missing from the jar");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new PropertyResourceBundle(reader);
            }
        } catch (IOException e) {
            throw new ConfigurationException("Bundled report messages " + name + " could not be read", e);
        }
    }

    /**
     * Returns the language.
     *
     * @return the language
     */
    public ReportLanguage language() {
        return language;
    }

    /**
     * Returns a text.
     *
     * @param key the key
     * @return the text
     * @throws ConfigurationException if the bundle lacks the key
     */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new ConfigurationException("Report messages for " + language.tag() + " lack the key " + key, e);
        }
    }

    /**
     * Returns a discrepancy kind's name in the language.
     *
     * @param kind the kind
     * @return the name
     */
    public String kind(DiscrepancyKind kind) {
        return language == ReportLanguage.ENGLISH ? kind.nameEn() : kind.nameVi();
    }

    /**
     * Formats a number with the language's thousands separator, exactly (no rounding, no units).
     *
     * @param n the number
     * @return e.g. {@code 48.213} in Vietnamese, {@code 48,213} in English
     */
    public String number(long n) {
        String digits = Long.toString(n);
        int start = n < 0 ? 1 : 0;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        out.append(digits, 0, start);
        for (int i = start; i < digits.length(); i++) {
            if (i > start && (digits.length() - i) % 3 == 0) {
                out.append(groupingSeparator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /**
     * Formats a day for display.
     *
     * @param day the day
     * @return e.g. {@code 20/11/2026} in Vietnamese
     */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /**
     * Formats a time of day for display.
     *
     * @param t the time
     * @return e.g. {@code 09:30:00}
     */
    public String time(LocalTime t) {
        return time.format(t);
    }

    /**
     * Formats an instant for display, in Vietnam, to the second.
     *
     * @param at the instant
     * @return e.g. {@code 20/11/2026 09:31:00} in Vietnamese
     */
    public String dateTime(Instant at) {
        return dateTime.format(at);
    }
}
