package io.github.vncustoms.monitoring.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.monitoring.internal.reconcile.Versions;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The reconciler's allocation-free version order agrees with FileApplied.VERSION_ORDER (MON-T-03). */
final class VersionOrderProperties {
    @Provide
    Arbitrary<String> versions() {
        return Arbitraries.strings().withChars("0123456789.-_abzAZ").ofMaxLength(14);
    }

    @Property(tries = 2000)
    @Label("MON-T-03: Versions.compare has the sign of FileApplied.VERSION_ORDER")
    void compare_agreesWithVersionOrder(@ForAll("versions") String a, @ForAll("versions") String b) {
        assertThat(Integer.signum(Versions.compare(a, b))).isEqualTo(Integer.signum(FileApplied.VERSION_ORDER.compare(a, b)));
    }

    @Example
    @Label("MON-T-03: numbers compare as numbers, text as text, a number before text")
    void compare_ordersKnownVersions() {
        assertThat(Versions.compare("2.10", "2.9")).isPositive();
        assertThat(Versions.compare("20261120-2", "20261120-10")).isNegative();
        assertThat(Versions.compare("007", "7")).isZero();
        assertThat(Versions.compare("", "1")).isNegative();
        assertThat(Versions.compare("1a", "1.")).isPositive();
        assertThat(Versions.compare("1", "a")).isNegative();
    }
}
