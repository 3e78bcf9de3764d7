/**
 * HTTP for every module: one {@link io.github.vncustoms.core.http.CustomsHttpClient} on Apache
 * HttpClient 5 with connect, read and total timeouts, bounded retries with exponential backoff and
 * jitter for idempotent requests (honouring {@code Retry-After}), always-verified TLS with an optional
 * trust store and client certificate, a maximum response size, and JSON through the shared
 * {@link io.github.vncustoms.core.json.CustomsJson} mapping. Service-status probes, ONVIF/SOAP calls to
 * cameras and help-desk vendor APIs use it.
 *
 * <pre>{@code
 * try (CustomsHttpClient client = CustomsHttpClient.builder()
 *         .totalTimeout(Duration.ofSeconds(20))
 *         .maxRetries(3)
 *         .build()) {
 *     // JSON in and out; a non-2xx answer or malformed JSON is a TransportException
 *     Ticket created = client.postJson(vendorUri, newTicket, Ticket.class);
 *
 *     // Any request, any status: a probe wants to see a 500 too
 *     CustomsHttpResponse r = client.execute(CustomsHttpRequest.get(healthUri)
 *             .withHeader("Authorization", "Bearer " + token));
 *     boolean up = r.isSuccessful();
 * } catch (TransportException e) {
 *     if (e.retryable()) { ... }   // e.statusCode(), e.attempts()
 * }
 * }</pre>
 *
 * <p>Failures are {@link io.github.vncustoms.core.error.TransportException}s that say whether a retry
 * could help, the HTTP status where there was one and the number of attempts; their messages and the
 * client's {@link java.lang.System.Logger} output name the method and URI without user information,
 * query or header values.
 */
package io.github.vncustoms.core.http;
