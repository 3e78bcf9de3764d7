package io.github.vncustoms.core.http;

import io.github.vncustoms.core.error.TransportException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.http.JsonBodies;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a {@link CustomsHttpRequest}: status, headers and the whole body, read within the
 * client's maximum response size.
 *
 * <pre>{@code
 * CustomsHttpResponse response = client.execute(CustomsHttpRequest.get(uri));
 * if (response.isSuccessful()) {
 *     StatusReport report = response.json(StatusReport.class);
 * }
 * }</pre>
 *
 * <p>Header names are lower-cased (HTTP compares them without case); a header the server sent
 * several times keeps every value in order. Immutable and thread-safe: the body is copied in and out.
 *
 * @param status the HTTP status, 100 to 599
 * @param headers lower-cased header name to its values; copied
 * @param body the body, empty for none; copied
 */
public record CustomsHttpResponse(int status, Map<String, List<String>> headers, byte[] body) {

    /**
     * Validates the status, lower-cases the header names, and copies headers and body.
     *
     * @throws ValidationException if the status is outside 100 to 599
     */
    public CustomsHttpResponse {
        if (status < 100 || status > 599) {
            throw new ValidationException("status", "HTTP status " + status + " is outside 100 to 599");
        }
        Objects.requireNonNull(headers, "headers");
        Map<String, List<String>> merged = new LinkedHashMap<>();
        headers.forEach((name, values) -> merged
                .computeIfAbsent(Objects.requireNonNull(name, "header name").toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>())
                .addAll(Objects.requireNonNull(values, "values of header " + name)));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        merged.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
        body = Objects.requireNonNull(body, "body").clone();
    }

    /**
     * Says whether the status is 2xx.
     *
     * @return {@code true} for 200 to 299
     */
    public boolean isSuccessful() {
        return status >= 200 && status <= 299;
    }

    /**
     * Looks up the first value of a header, compared without case.
     *
     * @param name the header name, e.g. {@code Content-Type}
     * @return the first value, or empty if the server did not send the header
     */
    public Optional<String> header(String name) {
        return headerValues(name).stream().findFirst();
    }

    /**
     * Returns every value of a header, compared without case.
     *
     * @param name the header name
     * @return the values in the order received, empty if the server did not send the header
     */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT), List.of());
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
     * Decodes the body with the charset of its {@code Content-Type}, or UTF-8 when it names none
     * (or one this JVM does not know).
     *
     * @return the body as text
     */
    public String bodyAsString() {
        return new String(body, charset());
    }

    /**
     * Reads the body as JSON through the shared {@link io.github.vncustoms.core.json.CustomsJson}
     * mapping, whatever the status.
     *
     * @param type the type to read; {@code Void.class} reads nothing and returns {@code null}
     * @param <T> the type
     * @return the value, or {@code null} for {@code Void.class}
     * @throws TransportException if the body is empty, not JSON, or does not fit the type (not
     *     retryable; the cause is the mapper's {@link ValidationException})
     */
    public <T> T json(Class<T> type) {
        Objects.requireNonNull(type, "type");
        return JsonBodies.read(body, type, "The server", status, 0);
    }

    /**
     * Compares status, headers and body content.
     *
     * @param other the other object
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CustomsHttpResponse r && status == r.status && headers.equals(r.headers)
                && Arrays.equals(body, r.body);
    }

    /**
     * Returns a hash of the same parts {@link #equals} compares.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    /**
     * Describes the response by status, header names and body length; values and body are left out,
     * as they may carry tokens or personal data.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "CustomsHttpResponse[status=" + status + ", headers=" + headers.keySet() + ", body=" + body.length
                + " bytes]";
    }

    private Charset charset() {
        String contentType = header("content-type").orElse("");
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).strip();
                if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                    name = name.substring(1, name.length() - 1);
                }
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
