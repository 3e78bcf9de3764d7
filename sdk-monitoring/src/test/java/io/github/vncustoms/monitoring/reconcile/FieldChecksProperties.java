package io.github.vncustoms.monitoring.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The event field checks run on every reported event (MON-T-01), so they are written as loops; they
 * accept exactly what the rules' regular expressions accept.
 */
final class FieldChecksProperties {
    private static final Pattern UNIT = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,15}");
    private static final Pattern SYSTEM = Pattern.compile("[A-Z0-9][A-Z0-9/_-]{0,31}");

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withChars("AZaz09._-/ ßĐđ\u0000\t").ofMaxLength(34);
    }

    private static boolean accepts(UnaryOperator<String> check, String value) {
        try {
            check.apply(value);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    private static String normalised(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }

    @Property(tries = 3000)
    @Label("MON-T-01: a unit code is accepted exactly when it matches [A-Z0-9][A-Z0-9._-]{1,15} once stripped and upper-cased")
    void unitCheck_acceptsExactlyTheRegularExpression(@ForAll("codes") String value) {
        boolean blank = value.isBlank();
        assertThat(accepts(v -> Fields.unit(v, "unit"), value)).isEqualTo(!blank && UNIT.matcher(normalised(value)).matches());
    }

    @Property(tries = 3000)
    @Label("MON-T-01: a system code is accepted exactly when it matches [A-Z0-9][A-Z0-9/_-]{0,31} once stripped and upper-cased")
    void systemCheck_acceptsExactlyTheRegularExpression(@ForAll("codes") String value) {
        boolean blank = value.isBlank();
        assertThat(accepts(Fields::system, value)).isEqualTo(!blank && SYSTEM.matcher(normalised(value)).matches());
    }

    @Property(tries = 1000)
    @Label("MON-T-01: identifiers and file names with a control character are refused")
    void idAndFileNameChecks_refuseControlCharacters(@ForAll("codes") String value) {
        boolean usable = !value.isBlank() && value.strip().chars().noneMatch(Character::isISOControl);
        assertThat(accepts(v -> Fields.id(v, "runId"), value)).isEqualTo(usable);
        assertThat(accepts(v -> Fields.fileName(v, "fileName"), value)).isEqualTo(usable);
    }
}
