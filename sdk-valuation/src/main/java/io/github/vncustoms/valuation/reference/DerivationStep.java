package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.text.VietnameseText;
import java.util.Objects;

/**
 * One line of a derivation trail: what was done and what it gave, in words a person checks by hand,
 * e.g. {@code "deduct exporting-country taxes at 15% of 1,000.00 USD"} → {@code "850.00 USD"}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param description what was done, in English, with the figures it used
 * @param result what it gave, e.g. an amount with its currency and unit
 */
public record DerivationStep(String description, String result) {
    /** Validates and normalises the step. */
    public DerivationStep {
        description = VietnameseText.normalize(Objects.requireNonNull(description, "description").strip());
        result = VietnameseText.normalize(Objects.requireNonNull(result, "result").strip());
    }
}
