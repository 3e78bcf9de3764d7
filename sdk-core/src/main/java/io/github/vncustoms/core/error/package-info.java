/**
 * The SDK's one exception root and its families.
 *
 * <p>Every failure the SDK raises is an unchecked {@link io.github.vncustoms.core.error.CustomsSdkException}
 * carrying a stable {@link io.github.vncustoms.core.error.ErrorCode} for programs and an English message
 * for people that says what was wrong and what was expected:
 *
 * <pre>{@code
 * try {
 *     TaxCode.parse(input);
 * } catch (ValidationException e) {
 *     log(e.code(), e.field(), e.getMessage());   // INVALID_ARGUMENT, "taxCode", "..."
 * }
 * }</pre>
 */
package io.github.vncustoms.core.error;
