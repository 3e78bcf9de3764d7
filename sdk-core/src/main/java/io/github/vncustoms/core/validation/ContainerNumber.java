package io.github.vncustoms.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.vncustoms.core.internal.validation.ContainerNumberValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be an ISO 6346 container number with a correct check digit, exactly as
 * {@link io.github.vncustoms.core.id.ContainerNumber#parse(String)} reads it (case, whitespace and
 * hyphens ignored).
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (combine with {@code @NotNull}).
 *
 * <pre>{@code
 * record GateEvent(@ContainerNumber String container) {}
 * }</pre>
 *
 * <p>An annotation is immutable; its validator is thread-safe.
 */
@Documented
@Constraint(validatedBy = ContainerNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ContainerNumber {
    /**
     * The message of a violation; the default says what was expected.
     *
     * @return the message template
     */
    String message() default "must be an ISO 6346 container number: 3 owner-code letters, an equipment "
            + "category U, J or Z, 6 serial digits and a correct check digit, as in CSQU3054383";

    /**
     * The validation groups the constraint belongs to.
     *
     * @return the groups, none by default
     */
    Class<?>[] groups() default {};

    /**
     * Payload for clients of the Jakarta Validation API.
     *
     * @return the payload, none by default
     */
    Class<? extends Payload>[] payload() default {};
}
