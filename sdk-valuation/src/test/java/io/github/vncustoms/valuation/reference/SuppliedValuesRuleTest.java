package io.github.vncustoms.valuation.reference;

import static io.github.vncustoms.valuation.reference.RulesFixtures.OTHER_MODEL;
import static io.github.vncustoms.valuation.reference.RulesFixtures.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.observation.CommercialLevel;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.source.PriceSource;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Values supplied by exporters or producers, or confirmed by appraisal bodies (VAL-07, Art. 5.1.b.2.4–b.2.5). */
final class SuppliedValuesRuleTest {
    private static final SuppliedValuesRule RULE = SuppliedValuesRule.defaultRule();

    private static PriceObservation accepted(String id, PriceSource source, String amount) {
        return RulesFixtures.acceptedBy("truong.phong", id, PHONE, source, Money.of(amount, "USD"), CommercialLevel.MANUFACTURER);
    }

    @Test
    @DisplayName("VAL-07: accepted values of exporters, producers and appraisal bodies for identical goods are aggregated")
    void acceptedValues_areAggregated() {
        List<PriceObservation> candidates = List.of(accepted("NSX-1", PriceSource.EXPORTER_OR_PRODUCER, "700.00"),
                accepted("TD-1", PriceSource.APPRAISAL, "720.00"),
                RulesFixtures.pending("NSX-2", PHONE, PriceSource.EXPORTER_OR_PRODUCER, Money.of("10.00", "USD"),
                        CommercialLevel.MANUFACTURER),
                RulesFixtures.acceptedBy("truong.phong", "NET-1", PHONE, PriceSource.INTERNET_OFFER, Money.of("5.00", "USD"),
                        CommercialLevel.EXPORT_DEALER),
                RulesFixtures.acceptedBy("truong.phong", "NSX-SIM", OTHER_MODEL, PriceSource.EXPORTER_OR_PRODUCER,
                        Money.of("300.00", "USD"), CommercialLevel.MANUFACTURER));

        RobustPrice p = RULE.derive(PHONE, candidates).orElseThrow();

        assertThat(p.kept()).extracting(PriceObservation::id).containsExactly("NSX-1", "TD-1");
        assertThat(p.value()).isEqualTo(Money.of("710.00", "USD"));
        assertThat(p.derivation().requirements()).containsExactly("VAL-07");
        assertThat(p.derivation().explain()).contains("b.2.4", "b.2.5", "2 observation(s) of identical goods", "by truong.phong");
    }

    @Test
    @DisplayName("VAL-07: similar goods are used when no identical goods are supplied; nothing comparable gives nothing")
    void similarWhenNoIdentical_elseNothing() {
        PriceObservation similar = RulesFixtures.acceptedBy("truong.phong", "NSX-SIM", OTHER_MODEL, PriceSource.EXPORTER_OR_PRODUCER,
                Money.of("300.00", "USD"), CommercialLevel.MANUFACTURER);

        assertThat(RULE.derive(PHONE, List.of(similar)).orElseThrow().derivation().explain()).contains("similar goods");
        assertThat(RULE.derive(PHONE, List.of(RulesFixtures.notAccepted("NSX-NO", PHONE, PriceSource.APPRAISAL,
                Money.of("1.00", "USD"), CommercialLevel.MANUFACTURER)))).isEmpty();
    }
}
