package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.valuation.internal.reference.RuleTexts;
import io.github.vncustoms.valuation.observation.PriceObservation;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A main component of a kit (nguyên liệu chính cấu thành nên sản phẩm; QĐ 2344 Art. 5.1.b.2.3;
 * VAL-06): the declared value of the component imported earlier, and how many of its units one kit holds.
 *
 * <pre>{@code
 * KitComponent frame = KitComponent.of(frameDeclaration, BigDecimal.ONE);   // one frame per bicycle kit
 * KitComponent wheel = KitComponent.of(wheelDeclaration, BigDecimal.TWO);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param declared the component's declared unit price, an observation that counts
 * @param quantityPerKit how many of the observation's units one kit holds, positive
 */
public record KitComponent(PriceObservation declared, BigDecimal quantityPerKit) {
    /**
     * Validates the component.
     *
     * @throws ValidationException if the quantity is not positive
     */
    public KitComponent {
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(quantityPerKit, "quantityPerKit");
        if (quantityPerKit.signum() <= 0) {
            throw new ValidationException("quantityPerKit", "Component " + declared.id() + " counts "
                    + RuleTexts.plain(quantityPerKit) + " " + declared.unit() + " per kit: expected a positive quantity");
        }
    }

    /**
     * Creates a component.
     *
     * @param declared the component's declared unit price
     * @param quantityPerKit how many of its units one kit holds
     * @return the component
     * @throws ValidationException as the constructor does
     */
    public static KitComponent of(PriceObservation declared, BigDecimal quantityPerKit) {
        return new KitComponent(declared, quantityPerKit);
    }
}
