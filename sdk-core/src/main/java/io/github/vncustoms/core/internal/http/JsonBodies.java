package io.github.vncustoms.core.internal.http;

import io.github.vncustoms.core.error.TransportException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.json.CustomsJson;
import java.io.ByteArrayInputStream;

/**
 * Reads a response body as JSON through the shared {@link CustomsJson} mapping. Stateless.
 *
 * <p>A body that is not the promised JSON is the server breaking its protocol, not a bad argument of
 * the caller: it becomes a {@link TransportException} (not retryable) with the mapper's
 * {@link ValidationException} as its cause.
 */
public final class JsonBodies {
    private JsonBodies() {}

    /**
     * Reads a JSON body.
     *
     * @param body the body bytes (UTF-8, UTF-16 or UTF-32, as JSON allows)
     * @param type the type to read; {@code Void.class} reads nothing and returns {@code null}
     * @param what names the exchange for the message, e.g. {@code GET https://host/path}
     * @param status the HTTP status of the answer
     * @param attempts the attempts made, or 0 when not counted
     * @param <T> the type
     * @return the value, or {@code null} for {@code Void.class}
     * @throws TransportException if the body is empty, not JSON, or does not fit the type
     */
    public static <T> T read(byte[] body, Class<T> type, String what, int status, int attempts) {
        if (type == Void.class) {
            return null;
        }
        String expected = "expected a JSON document for " + type.getSimpleName();
        if (body.length == 0) {
            throw new TransportException(what + " answered HTTP " + status + " with an empty body: " + expected,
                    null, false, status, attempts);
        }
        try {
            return CustomsJson.read(new ByteArrayInputStream(body), type);
        } catch (ValidationException e) {
            throw new TransportException(what + " answered HTTP " + status + " with a body that is not valid: "
                    + expected + " (" + e.getMessage() + ")", e, false, status, attempts);
        }
    }
}
