package io.github.vncustoms.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.vncustoms.core.internal.validation.VehiclePlateValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a Vietnamese car, truck or trailer plate, exactly as
 * {@link io.github.vncustoms.core.id.VehiclePlate#parse(String)} reads it (case, whitespace, dots
 * and hyphens ignored).
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (combine with {@code @NotNull}).
 *
 * <pre>{@code
 * record GateEvent(@VehiclePlate String truck, @VehiclePlate String trailer) {}
 * }</pre>
 *
 * <p>An annotation is immutable; its validator is thread-safe.
 */
@Documented
@Constraint(validatedBy = VehiclePlateValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface VehiclePlate {
    /**
     * The message of a violation; the default says what was expected.
     *
     * @return the message template
     */
    String message() default "must be a Vietnamese vehicle plate: a province code 11-99, a series of one or "
            + "two letters and a 4- or 5-digit serial, as in 51C-123.45, 51LD-123.45 or "
            + "29A-1234";

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
