package io.github.vncustoms.valuation.internal.risklist;

import io.github.vncustoms.core.error.ConfigurationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.approval.Submission;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.reference.SourceCitation;
import io.github.vncustoms.valuation.revision.PriceEvidence;
import io.github.vncustoms.valuation.revision.RevisionProposal;
import io.github.vncustoms.valuation.revision.RevisionRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Renders revision records as forms 02/DMBX/2015 and 03/DMSĐ/2015 for people, from the
 * {@code forms_vi} and {@code forms_en} bundles beside this class. Vietnamese for every locale except
 * English. Stateless and thread-safe. Not API.
 */
public final class RevisionForms {
    private static final String BASE = "/io/github/vncustoms/valuation/internal/risklist/forms_";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    // Read directly rather than through ResourceBundle.getBundle, which named modules may not call.
    private static final ResourceBundle VI = load("vi");
    private static final ResourceBundle EN = load("en");

    private RevisionForms() {
    }

    /**
     * Renders a record.
     *
     * @param record the record
     * @param locale English for an English locale, Vietnamese for any other
     * @return the form, lines separated by {@code \n}
     */
    public static String render(RevisionRecord record, Locale locale) {
        Locale lang = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
        RevisionProposal p = record.proposal();
        Submission s = record.submission();
        StringBuilder out = new StringBuilder();
        line(out, lang, "form.code", p.form().code());
        line(out, lang, "title." + p.kind().name());
        line(out, lang, "form.notice");
        line(out, lang, "head.record", record.id());
        line(out, lang, "head.unit", s.proposerUnit());
        line(out, lang, "head.officer", s.proposerId());
        line(out, lang, "head.date", DateTimeFormatter.ofPattern(text(lang, "date.pattern"))
                .format(s.submittedAt().atZone(WorkingCalendar.VIETNAM_ZONE)));
        out.append('\n');
        line(out, lang, "field.goods", p.goods().describe());
        line(out, lang, "field.hs", p.goods().hsCode().formatted());
        line(out, lang, "field.uom", p.unit().code());
        line(out, lang, "field.origin", p.origin().isEmpty() ? text(lang, "value.unknown") : p.origin());
        line(out, lang, "field.item", p.itemId().isEmpty() ? text(lang, "value.notListed") : p.itemId());
        line(out, lang, "field.current", p.currentPrice() == null ? text(lang, "value.none") : money(p.currentPrice(), lang)
                + "/" + p.unit().code());
        line(out, lang, "field.proposed", p.proposedPrice() == null ? text(lang, "value.toBuild")
                : money(p.proposedPrice(), lang) + "/" + p.unit().code());
        line(out, lang, "field.change", p.changePercent() == null ? text(lang, "value.none") : percent(p.changePercent(), lang));
        line(out, lang, "field.criterion", p.criterion().isEmpty() ? text(lang, "value.none") : p.criterion());
        line(out, lang, "field.basis");
        if (p.evidence().isEmpty()) {
            line(out, lang, "evidence.none");
        }
        for (PriceEvidence e : p.evidence()) {
            line(out, lang, "evidence.line", e.derivation().rule() + " (" + String.join(", ", e.derivation().requirements()) + ")",
                    money(e.derivation().value(), lang), e.derivation().unit().code(), date(e.observedOn(), lang),
                    e.origin().isEmpty() ? "" : text(lang, "evidence.origin", e.origin()));
            for (SourceCitation c : e.derivation().sources()) {
                line(out, lang, "evidence.source", c.observationId(), c.source().name(), c.approval().name());
            }
        }
        line(out, lang, "field.reasoning", s.reasoning());
        line(out, lang, "field.documents");
        for (String doc : s.evidence()) {
            out.append("   - ").append(doc).append('\n');
        }
        out.append('\n');
        LeaderDecision d = record.trail().decision();
        if (d == null) {
            line(out, lang, "state.PENDING");
        } else {
            String verdict = lang.equals(Locale.ENGLISH)
                    ? (d.verdict() == Verdict.ACCEPTED ? "accepted" : "not accepted") + " (" + d.verdict().vietnamese() + ")"
                    : d.verdict().vietnamese().toUpperCase(VIETNAMESE);
            line(out, lang, "state.decided", verdict, d.leaderId(), d.leaderUnit(),
                    DateTimeFormatter.ofPattern(text(lang, "datetime.pattern"))
                            .format(d.decidedAt().atZone(WorkingCalendar.VIETNAM_ZONE)));
            if (!d.remark().isEmpty()) {
                line(out, lang, "state.remark", d.remark());
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, Locale lang, String key, Object... args) {
        out.append(text(lang, key, args)).append('\n');
    }

    private static String text(Locale lang, String key, Object... args) {
        String pattern;
        try {
            pattern = (lang.equals(Locale.ENGLISH) ? EN : VI).getString(key);
        } catch (MissingResourceException e) {
            throw new ConfigurationException("Bundled form text '" + key + "' for language " + lang
                    + " is missing: expected it in " + BASE + lang.getLanguage() + ".properties", e);
        }
        if (args.length == 0) {
            return pattern;
        }
        // Arguments are pre-formatted strings, so MessageFormat only places them.
        return new MessageFormat(pattern, lang).format(args);
    }

    private static String date(LocalDate day, Locale lang) {
        return DateTimeFormatter.ofPattern(text(lang, "date.pattern")).format(day);
    }

    private static String money(Money money, Locale lang) {
        int digits = Math.max(0, money.currency().getDefaultFractionDigits());
        return number(money.amount(), digits, lang) + " " + money.currency().getCurrencyCode();
    }

    private static String percent(BigDecimal change, Locale lang) {
        return (change.signum() > 0 ? "+" : change.signum() < 0 ? "−" : "") + number(change.abs(), 2, lang) + "%";
    }

    private static String number(BigDecimal amount, int digits, Locale lang) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        if (lang.equals(VIETNAMESE)) {
            symbols.setGroupingSeparator('.');
            symbols.setDecimalSeparator(',');
        }
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setParseBigDecimal(true);
        return format.format(amount);
    }

    private static ResourceBundle load(String language) {
        String name = BASE + language + ".properties";
        try (InputStream in = RevisionForms.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ConfigurationException("Bundled resource " + name + " is missing from the sdk-valuation jar");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException("Bundled resource " + name + " could not be read as UTF-8", e);
        }
    }
}
