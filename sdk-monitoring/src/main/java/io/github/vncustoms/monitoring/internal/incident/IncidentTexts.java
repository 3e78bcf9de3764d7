package io.github.vncustoms.monitoring.internal.incident;

import io.github.vncustoms.core.error.ConfigurationException;
import io.github.vncustoms.core.time.WorkingCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The texts incidents show to people, from the {@code messages_vi} and {@code messages_en} bundles
 * next to the incident package. Vietnamese for every locale except English, whatever the JVM's
 * default locale is. Stateless and thread-safe. Not API.
 */
public final class IncidentTexts {
    private static final String BASE = "/io/github/vncustoms/monitoring/incident/messages_";
    /** Vietnamese, the default language of every text for people. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    // Read directly rather than through ResourceBundle.getBundle(..., Control), which named modules
    // (the jar is an automatic module) may not call; immutable once loaded.
    private static final ResourceBundle VI = load("vi");
    private static final ResourceBundle EN = load("en");

    private IncidentTexts() {
    }

    /**
     * Returns the language texts are written in for a locale.
     *
     * @param locale any locale
     * @return English for a locale whose language is English, Vietnamese otherwise
     */
    public static Locale language(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    /**
     * Returns one text, formatted with {@link MessageFormat} in the locale's language.
     *
     * @param locale the locale
     * @param key the key in the bundle
     * @param args the arguments, already turned into text where the format matters
     * @return the text
     */
    public static String text(Locale locale, String key, Object... args) {
        Locale language = language(locale);
        String pattern;
        try {
            pattern = (language.equals(Locale.ENGLISH) ? EN : VI).getString(key);
        } catch (MissingResourceException e) {
            throw new ConfigurationException("Bundled incident text '" + key + "' for language " + language
                    + " is missing: expected it in " + BASE + language.getLanguage() + ".properties", e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
    }

    private static ResourceBundle load(String language) {
        String name = BASE + language + ".properties";
        try (InputStream in = IncidentTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ConfigurationException("Bundled resource " + name + " is missing from the sdk-monitoring jar");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException("Bundled resource " + name + " could not be read as UTF-8", e);
        }
    }

    /**
     * Formats an instant as a date and time in Vietnam, in the locale's usual order.
     *
     * @param locale the locale
     * @param at the instant
     * @return e.g. {@code 20/11/2026 09:30:00} in Vietnamese, {@code 2026-11-20 09:30:00} in English
     */
    public static String time(Locale locale, Instant at) {
        return DateTimeFormatter.ofPattern(text(locale, "datetime.pattern"), language(locale))
                .withZone(WorkingCalendar.VIETNAM_ZONE).format(at);
    }
}
