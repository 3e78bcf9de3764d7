package io.github.vncustoms.core.internal.validation;

import io.github.vncustoms.core.id.TaxCode;
import io.github.vncustoms.core.id.TaxCodeKind;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Set;

/**
 * Checks {@link io.github.vncustoms.core.validation.TaxCode @TaxCode} by delegating to
 * {@link TaxCode#isValid(String)} and {@link TaxCode#kind()}. Thread-safe once initialised.
 */
public final class TaxCodeValidator
        implements ConstraintValidator<io.github.vncustoms.core.validation.TaxCode, CharSequence> {
    private Set<TaxCodeKind> kinds = Set.of(TaxCodeKind.values());

    /** Creates the validator; called by the validation provider. */
    public TaxCodeValidator() {
        // Configured by initialize.
    }

    /**
     * Reads the accepted kinds from the annotation.
     *
     * @param annotation the constraint
     */
    @Override
    public void initialize(io.github.vncustoms.core.validation.TaxCode annotation) {
        kinds = Set.copyOf(List.of(annotation.kinds()));
    }

    /**
     * Tells whether a value satisfies the constraint.
     *
     * @param value the value, may be {@code null}
     * @param context the validation context, unused
     * @return {@code true} for {@code null} or a valid tax code of an accepted kind
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String text = value.toString();
        return TaxCode.isValid(text) && kinds.contains(TaxCode.parse(text).kind());
    }
}
