/**
 * Machinery behind {@code io.github.vncustoms.core.statistics}: field checks, the in-memory stores
 * and the patterns the citation check looks for. Not API; may change without notice.
 */
package io.github.vncustoms.core.internal.statistics;
