package io.github.vncustoms.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.vncustoms.core.id.HsCodeLevel;
import io.github.vncustoms.core.internal.validation.HsCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be an HS code at one of the allowed {@link #levels()}, exactly as
 * {@link io.github.vncustoms.core.id.HsCode#parse(String)} reads it (whitespace and dots ignored):
 * a chapter 01–97 other than 77 and a heading number other than 00.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (combine with {@code @NotNull}).
 *
 * <pre>{@code
 * record DeclaredGoods(@HsCode(levels = HsCodeLevel.NATIONAL_LINE) String hsCode) {}
 * }</pre>
 *
 * <p>An annotation is immutable; its validator is thread-safe.
 */
@Documented
@Constraint(validatedBy = HsCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface HsCode {
    /**
     * The message of a violation; the default says what was expected.
     *
     * @return the message template
     */
    String message() default "must be an HS code at level {levels}: 4 digits (heading), 6 (subheading) or 8 "
            + "(national line) in chapters 01-97 other than 77, as in 8471, 8471.30 or "
            + "8471.30.20";

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

    /**
     * The levels accepted; all three by default. A customs declaration line needs
     * {@code @HsCode(levels = HsCodeLevel.NATIONAL_LINE)}.
     *
     * @return the accepted levels
     */
    HsCodeLevel[] levels() default {HsCodeLevel.HEADING, HsCodeLevel.SUBHEADING, HsCodeLevel.NATIONAL_LINE};
}
