package io.github.vncustoms.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** STA-04: both Vietnamese orders are total orders consistent with equals. */
final class ComparatorProperties {
    private static final List<Comparator<String>> ORDERS =
            List.of(VietnameseCollator.create(), VietnameseNameOrder.givenNameFirst());

    @Property(tries = 500)
    void comparison_is_antisymmetric_and_zero_only_for_equal_strings(@ForAll("names") String a,
            @ForAll("names") String b) {
        for (Comparator<String> order : ORDERS) {
            assertThat(Integer.signum(order.compare(a, b))).isEqualTo(-Integer.signum(order.compare(b, a)));
            assertThat(order.compare(a, b) == 0).isEqualTo(a.equals(b));
        }
    }

    @Property(tries = 500)
    void comparison_is_transitive(@ForAll("names") String a, @ForAll("names") String b, @ForAll("names") String c) {
        for (Comparator<String> order : ORDERS) {
            List<String> sorted = new ArrayList<>(List.of(a, b, c));
            sorted.sort(order);
            assertThat(order.compare(sorted.get(0), sorted.get(1))).isLessThanOrEqualTo(0);
            assertThat(order.compare(sorted.get(1), sorted.get(2))).isLessThanOrEqualTo(0);
            assertThat(order.compare(sorted.get(0), sorted.get(2))).isLessThanOrEqualTo(0);
        }
    }

    @Provide
    Arbitrary<String> names() {
        // A small alphabet so that ties at each level are frequent.
        return Arbitraries.strings().withChars("aAàÀáăâđĐdDê ")
                .withChars("\u0301\u0300")
                .ofMaxLength(6);
    }
}
