/**
 * Machinery behind {@link io.github.vncustoms.core.http.CustomsHttpClient}: the engine on Apache
 * HttpClient 5, the backoff schedule, {@code Retry-After} parsing, failure classification, TLS
 * contexts, bounded body reading and URI redaction. Not API: may change in any release.
 */
package io.github.vncustoms.core.internal.http;
