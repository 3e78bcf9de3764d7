package io.github.vncustoms.core.http;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.http.HeaderRules;
import io.github.vncustoms.core.internal.http.SafeUris;
import io.github.vncustoms.core.json.CustomsJson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request for the {@link CustomsHttpClient}: method, absolute {@code http}/{@code https}
 * URI, headers, body, and whether it may be retried.
 *
 * <pre>{@code
 * CustomsHttpRequest probe = CustomsHttpRequest.get(URI.create("https://ecus.example.vn/health"))
 *         .withHeader("Authorization", "Bearer " + token);
 * CustomsHttpRequest soap = CustomsHttpRequest.post(onvifUri, envelope, "application/soap+xml; charset=utf-8")
 *         .withIdempotent(true);   // a GetDeviceInformation call may be repeated safely
 * }</pre>
 *
 * <p>Header names keep the caller's case and are compared without it; a name may appear once. The
 * client sets {@code Host}, {@code Content-Length}, {@code Transfer-Encoding} and {@code Connection}
 * itself, so they are refused here. The URI may not carry user information: send credentials in a
 * header, which never reaches a log, a message or {@link #toString()}.
 *
 * <p>Immutable and thread-safe: the body is copied in and out.
 *
 * @param method the method
 * @param uri the absolute {@code http} or {@code https} URI, without user information
 * @param headers the headers, name to value; copied
 * @param body the body, empty for none; copied
 * @param idempotent whether the request may be sent again after a failure; defaults to
 *     {@link HttpMethod#idempotentByDefault()}
 */
public record CustomsHttpRequest(HttpMethod method, URI uri, Map<String, String> headers, byte[] body,
        boolean idempotent) {
    private static final String JSON = "application/json";

    /**
     * Validates the URI and headers and copies the headers and body.
     *
     * @throws ValidationException if the URI is not absolute {@code http}/{@code https} with a host,
     *     carries user information, or a header name or value is not allowed
     */
    public CustomsHttpRequest {
        Objects.requireNonNull(method, "method");
        requireUri(uri);
        Objects.requireNonNull(headers, "headers");
        Map<String, String> copy = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            HeaderRules.requireName(Objects.requireNonNull(name, "header name"));
            HeaderRules.requireValue(name, Objects.requireNonNull(value, "value of header " + name));
            String previous = seen.put(name.toLowerCase(Locale.ROOT), name);
            if (previous != null) {
                throw new ValidationException("headers", "Header " + name + " is given twice (also as " + previous
                        + "): expected each name once, compared without case");
            }
            copy.put(name, value);
        });
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body.clone();
    }

    /**
     * Creates a request without headers or body, idempotent as its method is by default.
     *
     * @param method the method
     * @param uri the absolute {@code http} or {@code https} URI
     * @return the request
     * @throws ValidationException if the URI is not acceptable
     */
    public static CustomsHttpRequest of(HttpMethod method, URI uri) {
        return new CustomsHttpRequest(method, uri, Map.of(), null, Objects.requireNonNull(method, "method")
                .idempotentByDefault());
    }

    /**
     * Creates a {@code GET} request.
     *
     * @param uri the absolute {@code http} or {@code https} URI
     * @return the request
     * @throws ValidationException if the URI is not acceptable
     */
    public static CustomsHttpRequest get(URI uri) {
        return of(HttpMethod.GET, uri);
    }

    /**
     * Creates a {@code HEAD} request.
     *
     * @param uri the absolute {@code http} or {@code https} URI
     * @return the request
     * @throws ValidationException if the URI is not acceptable
     */
    public static CustomsHttpRequest head(URI uri) {
        return of(HttpMethod.HEAD, uri);
    }

    /**
     * Creates a {@code DELETE} request.
     *
     * @param uri the absolute {@code http} or {@code https} URI
     * @return the request
     * @throws ValidationException if the URI is not acceptable
     */
    public static CustomsHttpRequest delete(URI uri) {
        return of(HttpMethod.DELETE, uri);
    }

    /**
     * Creates a {@code POST} request with a body; not idempotent unless
     * {@linkplain #withIdempotent(boolean) marked so}.
     *
     * @param uri the absolute {@code http} or {@code https} URI
     * @param body the body
     * @param contentType the body's media type, e.g. {@code application/soap+xml; charset=utf-8}
     * @return the request
     * @throws ValidationException if the URI or the content type is not acceptable
     */
    public static CustomsHttpRequest post(URI uri, byte[] body, String contentType) {
        return of(HttpMethod.POST, uri).withBody(body, contentType);
    }

    /**
     * Creates a {@code PUT} request with a body.
     *
     * @param uri the absolute {@code http} or {@code https} URI
     * @param body the body
     * @param contentType the body's media type
     * @return the request
     * @throws ValidationException if the URI or the content type is not acceptable
     */
    public static CustomsHttpRequest put(URI uri, byte[] body, String contentType) {
        return of(HttpMethod.PUT, uri).withBody(body, contentType);
    }

    /**
     * Creates a request whose body is a value written as JSON by the shared {@link CustomsJson}
     * mapping, with {@code Content-Type} and {@code Accept} set to {@code application/json}.
     *
     * @param method the method
     * @param uri the absolute {@code http} or {@code https} URI
     * @param value the value to send
     * @return the request
     * @throws ValidationException if the URI is not acceptable or the value cannot be written as JSON
     */
    public static CustomsHttpRequest json(HttpMethod method, URI uri, Object value) {
        Objects.requireNonNull(value, "value");
        byte[] json = CustomsJson.write(value).getBytes(StandardCharsets.UTF_8);
        return of(method, uri).withBody(json, JSON + "; charset=UTF-8").withHeader("Accept", JSON);
    }

    /**
     * Returns a copy with a header set, replacing any header of the same name (compared without case).
     *
     * @param name the header name, e.g. {@code Authorization}
     * @param value the value
     * @return the new request
     * @throws ValidationException if the name or value is not allowed
     */
    public CustomsHttpRequest withHeader(String name, String value) {
        HeaderRules.requireName(Objects.requireNonNull(name, "name"));
        HeaderRules.requireValue(name, Objects.requireNonNull(value, "value"));
        Map<String, String> next = new LinkedHashMap<>(headers);
        next.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        next.put(name, value);
        return new CustomsHttpRequest(method, uri, next, body, idempotent);
    }

    /**
     * Returns a copy with a body and its {@code Content-Type}.
     *
     * @param newBody the body
     * @param contentType the body's media type
     * @return the new request
     * @throws ValidationException if the content type is blank or not a valid header value
     */
    public CustomsHttpRequest withBody(byte[] newBody, String contentType) {
        Objects.requireNonNull(newBody, "newBody");
        Objects.requireNonNull(contentType, "contentType");
        if (contentType.isBlank()) {
            throw new ValidationException("contentType", "Content type is blank: expected a media type such as "
                    + JSON);
        }
        return new CustomsHttpRequest(method, uri, headers, newBody, idempotent).withHeader("Content-Type", contentType);
    }

    /**
     * Returns a copy that says whether the request may be sent again after a failure. Mark a
     * {@code POST} idempotent only when the server treats a repeat as a no-op (a SOAP query, a
     * request with an idempotency key).
     *
     * @param mayRepeat {@code true} to allow retries
     * @return the new request
     */
    public CustomsHttpRequest withIdempotent(boolean mayRepeat) {
        return new CustomsHttpRequest(method, uri, headers, body, mayRepeat);
    }

    /**
     * Looks up a header by name, compared without case.
     *
     * @param name the header name
     * @return the value, or empty if the header is not set
     */
    public Optional<String> header(String name) {
        Objects.requireNonNull(name, "name");
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst();
    }

    /**
     * Returns a copy of the body.
     *
     * @return the body bytes, empty for none
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * Compares method, URI, headers, body content and the idempotent flag.
     *
     * @param other the other object
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CustomsHttpRequest r && method == r.method && uri.equals(r.uri)
                && headers.equals(r.headers) && Arrays.equals(body, r.body) && idempotent == r.idempotent;
    }

    /**
     * Returns a hash of the same parts {@link #equals} compares.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, Arrays.hashCode(body), idempotent);
    }

    /**
     * Describes the request without secrets: the URI without query or user information, and the
     * header names without their values.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "CustomsHttpRequest[" + method + " " + SafeUris.redact(uri) + ", headers=" + headers.keySet()
                + ", body=" + body.length + " bytes, idempotent=" + idempotent + "]";
    }

    private static void requireUri(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new ValidationException("uri", "URI " + SafeUris.redact(uri) + " is not an absolute http or https"
                    + " URI: expected e.g. https://host/path");
        }
        if (uri.getRawUserInfo() != null) {
            throw new ValidationException("uri", "URI " + SafeUris.redact(uri) + " carries user information: send"
                    + " credentials in a header (e.g. Authorization), never in the URI");
        }
        if (uri.getHost() == null) {
            throw new ValidationException("uri", "URI " + SafeUris.redact(uri) + " has no host (or a host name that"
                    + " is not valid): expected e.g. https://host/path");
        }
    }
}
