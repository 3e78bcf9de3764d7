/**
 * Machinery behind {@code io.github.vncustoms.core.text}: the letter model, the legacy code
 * tables, the syllable grammar and the scoring used by encoding detection. Not API; may change
 * without notice.
 */
package io.github.vncustoms.core.internal.text;
