package io.github.vncustoms.core.validation;

import io.github.vncustoms.core.error.ValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one Jakarta {@link Validator} every module of the SDK uses, backed by Hibernate Validator.
 *
 * <pre>{@code
 * record Importer(@TaxCode String taxCode) {}
 * CustomsValidation.requireValid(new Importer("0100109106"));   // passes
 * }</pre>
 *
 * <p>The validator is built once and is immutable and thread-safe.
 */
public final class CustomsValidation {
    private CustomsValidation() {}

    /** Built on first use: starting Hibernate Validator costs tens of milliseconds. */
    private static final class Holder {
        private static final ValidatorFactory FACTORY = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        private static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /**
     * Returns the shared validator.
     *
     * @return the validator, thread-safe
     */
    public static Validator validator() {
        return Holder.VALIDATOR;
    }

    /**
     * Validates an object and throws if any constraint is violated.
     *
     * @param object the object to validate
     * @param <T> its type
     * @return the same object, for chaining
     * @throws ValidationException listing every violation as {@code path: message}, in path order
     */
    public static <T> T requireValid(T object) {
        Objects.requireNonNull(object, "object");
        Set<ConstraintViolation<T>> violations = validator().validate(object);
        if (violations.isEmpty()) {
            return object;
        }
        List<String> problems = violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .toList();
        throw new ValidationException(object.getClass().getSimpleName(),
                object.getClass().getSimpleName() + " is invalid: " + String.join("; ", problems),
                problems, null);
    }
}
