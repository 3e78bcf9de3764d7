package io.github.vncustoms.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link io.github.vncustoms.core.validation.ContainerNumber @ContainerNumber} by delegating to
 * {@link io.github.vncustoms.core.id.ContainerNumber#isValid(String)}. Stateless and thread-safe.
 */
public final class ContainerNumberValidator
        implements ConstraintValidator<io.github.vncustoms.core.validation.ContainerNumber, CharSequence> {

    /** Creates the validator; called by the validation provider. */
    public ContainerNumberValidator() {
        // No state: the rules live in the identifier.
    }

    /**
     * Tells whether a value satisfies the constraint.
     *
     * @param value the value, may be {@code null}
     * @param context the validation context, unused
     * @return {@code true} for {@code null} or a valid container number
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || io.github.vncustoms.core.id.ContainerNumber.isValid(value.toString());
    }
}
