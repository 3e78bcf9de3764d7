package io.github.vncustoms.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.vncustoms.core.id.TaxCodeKind;
import io.github.vncustoms.core.internal.validation.TaxCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a Vietnamese tax code of one of the allowed {@link #kinds()}, exactly
 * as {@link io.github.vncustoms.core.id.TaxCode#parse(String)} reads it: ten digits with a valid
 * mod-11 check digit, a branch code {@code 0100109106-001}, or a twelve-digit personal ID number.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (combine with {@code @NotNull}).
 *
 * <pre>{@code
 * record Importer(@TaxCode(kinds = {TaxCodeKind.ENTERPRISE, TaxCodeKind.BRANCH}) String taxCode) {}
 * }</pre>
 *
 * <p>An annotation is immutable; its validator is thread-safe.
 */
@Documented
@Constraint(validatedBy = TaxCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface TaxCode {
    /**
     * The message of a violation; the default says what was expected.
     *
     * @return the message template
     */
    String message() default "must be a Vietnamese tax code of kind {kinds}: 10 digits with a valid mod-11 "
            + "check digit (enterprise), 10 digits, a hyphen and a branch number 001-999 "
            + "(branch) or a 12-digit personal ID number starting with a province code 001-096";

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
     * The kinds of tax code accepted; all three by default.
     *
     * @return the accepted kinds
     */
    TaxCodeKind[] kinds() default {TaxCodeKind.ENTERPRISE, TaxCodeKind.BRANCH, TaxCodeKind.PERSONAL_ID};
}
