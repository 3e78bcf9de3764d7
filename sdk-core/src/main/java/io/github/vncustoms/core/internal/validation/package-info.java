/**
 * Hibernate Validator's side of the constraints in {@code io.github.vncustoms.core.validation}:
 * one {@link jakarta.validation.ConstraintValidator} per customs identifier, each delegating to the
 * identifier's own {@code isValid}/{@code parse} in {@code io.github.vncustoms.core.id}, so that a
 * constraint and a parser can never disagree.
 *
 * <p>Not API: the validation provider instantiates these classes through their public no-argument
 * constructors; applications use the annotations instead:
 *
 * <pre>{@code
 * record Importer(@TaxCode String taxCode) {}
 * CustomsValidation.requireValid(new Importer("0100109106"));
 * }</pre>
 *
 * <p>Each validator keeps only the annotation's attributes, fixed by {@code initialize}, and is
 * thread-safe once initialised.
 */
package io.github.vncustoms.core.internal.validation;
