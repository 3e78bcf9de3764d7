package io.github.vncustoms.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.vncustoms.core.internal.validation.DeclarationNumberValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a VNACCS declaration number, exactly as
 * {@link io.github.vncustoms.core.id.DeclarationNumber#parse(String)} reads it: twelve digits,
 * the last the amendment count.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (combine with {@code @NotNull}).
 *
 * <pre>{@code
 * record Clearance(@DeclarationNumber String declaration) {}
 * }</pre>
 *
 * <p>An annotation is immutable; its validator is thread-safe.
 */
@Documented
@Constraint(validatedBy = DeclarationNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface DeclarationNumber {
    /**
     * The message of a violation; the default says what was expected.
     *
     * @return the message template
     */
    String message() default "must be a VNACCS declaration number: 12 digits, the 11-digit number VNACCS "
            + "issued followed by the amendment count";

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
