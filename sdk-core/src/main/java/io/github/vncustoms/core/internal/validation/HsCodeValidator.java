package io.github.vncustoms.core.internal.validation;

import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.id.HsCodeLevel;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Set;

/**
 * Checks {@link io.github.vncustoms.core.validation.HsCode @HsCode} by delegating to
 * {@link HsCode#isValid(String)} and {@link HsCode#level()}. Thread-safe once initialised.
 */
public final class HsCodeValidator
        implements ConstraintValidator<io.github.vncustoms.core.validation.HsCode, CharSequence> {
    private Set<HsCodeLevel> levels = Set.of(HsCodeLevel.values());

    /** Creates the validator; called by the validation provider. */
    public HsCodeValidator() {
        // Configured by initialize.
    }

    /**
     * Reads the accepted levels from the annotation.
     *
     * @param annotation the constraint
     */
    @Override
    public void initialize(io.github.vncustoms.core.validation.HsCode annotation) {
        levels = Set.copyOf(List.of(annotation.levels()));
    }

    /**
     * Tells whether a value satisfies the constraint.
     *
     * @param value the value, may be {@code null}
     * @param context the validation context, unused
     * @return {@code true} for {@code null} or a valid HS code at an accepted level
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String text = value.toString();
        return HsCode.isValid(text) && levels.contains(HsCode.parse(text).level());
    }
}
