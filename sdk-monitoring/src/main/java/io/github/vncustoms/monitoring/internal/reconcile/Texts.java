package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import io.github.vncustoms.monitoring.transfer.TransferOperation;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words of the discrepancies, from the bundles {@code messages_vi} (default) and
 * {@code messages_en} next to the reconcile package. Times are local to the calendar's zone. Not
 * thread-safe: each session has its own (the formats are cached).
 */
public final class Texts {
    /** The default language of texts for people. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final int MAX_ARGUMENT = 400;
    private static final String BUNDLE = "io.github.vncustoms.monitoring.reconcile.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter timeFormat;
    private final Map<String, MessageFormat> formats = new HashMap<>();

    /**
     * Creates the texts of a language.
     *
     * @param locale English if its language is {@code en}, Vietnamese otherwise
     * @param zone the zone times are shown in
     */
    public Texts(Locale locale, ZoneId zone) {
        this.locale = language(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, Texts.class.getClassLoader(), NO_FALLBACK);
        this.timeFormat = DateTimeFormatter.ofPattern(bundle.getString("time.pattern"), this.locale).withZone(zone);
    }

    /**
     * Returns the supported language a locale asks for.
     *
     * @param locale any locale
     * @return {@link Locale#ENGLISH} for English, {@link #VIETNAMESE} for anything else
     */
    public static Locale language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    /** Keeps a long text (an update error may have 2000 characters) short enough for a sentence. */
    private static String shorten(String s) {
        if (s.length() <= MAX_ARGUMENT) {
            return s;
        }
        int cut = Character.isHighSurrogate(s.charAt(MAX_ARGUMENT - 2)) ? MAX_ARGUMENT - 2 : MAX_ARGUMENT - 1;
        return s.substring(0, cut) + "…";
    }

    String text(String key, Object... args) {
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale));
        return format.format(args);
    }

    String time(Instant at) {
        return timeFormat.format(at);
    }

    String duration(Duration d) {
        long seconds = d.getSeconds();
        if (seconds == 0 && d.getNano() > 0) {
            return text("duration.millis", Long.toString(Math.max(1, d.toMillis())));
        }
        List<String> parts = new ArrayList<>(3);
        if (seconds >= 3600) {
            parts.add(text("duration.hours", Long.toString(seconds / 3600)));
        }
        if (seconds % 3600 >= 60) {
            parts.add(text("duration.minutes", Long.toString(seconds % 3600 / 60)));
        }
        if (seconds % 60 != 0 || parts.isEmpty()) {
            parts.add(text("duration.seconds", Long.toString(seconds % 60)));
        }
        return String.join(" ", parts);
    }

    String operation(TransferOperation operation) {
        return text("op." + operation.name());
    }

    /**
     * Builds a discrepancy whose expected, actual and detail texts are {@code key.expected},
     * {@code key.actual} and {@code detailKey}, formatted with the system, file, run, units and then
     * the extra arguments.
     */
    Discrepancy discrepancy(DiscrepancyKind kind, String key, String detailKey, Instant at, String system,
            String fromUnit, String toUnit, String runId, String fileName, Object... extra) {
        return discrepancy(kind, key + ".expected", key + ".actual", detailKey, at, system, fromUnit, toUnit, runId,
                fileName, extra);
    }

    Discrepancy discrepancy(DiscrepancyKind kind, String expectedKey, String actualKey, String detailKey, Instant at,
            String system, String fromUnit, String toUnit, String runId, String fileName, Object... extra) {
        Object[] args = new Object[5 + extra.length];
        args[0] = system;
        args[1] = fileName;
        args[2] = runId;
        args[3] = fromUnit;
        args[4] = toUnit;
        for (int i = 0; i < extra.length; i++) {
            Object x = extra[i];
            args[5 + i] = x instanceof Instant t ? time(t) : x instanceof Duration d ? duration(d)
                    : x instanceof Number n ? n.toString() : x instanceof String s ? shorten(s) : x;
        }
        return new Discrepancy(kind, system, fromUnit, toUnit, runId, fileName, text(expectedKey, args),
                text(actualKey, args), at, text(detailKey, args));
    }
}
