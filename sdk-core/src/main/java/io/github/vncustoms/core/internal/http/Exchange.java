package io.github.vncustoms.core.internal.http;

import io.github.vncustoms.core.http.CustomsHttpResponse;
import java.util.Objects;

/**
 * The final answer to a request and how many attempts it took. Immutable.
 *
 * @param response the last answer
 * @param attempts the attempts made, at least 1
 */
public record Exchange(CustomsHttpResponse response, int attempts) {
    /** Checks the response is present and at least one attempt was made. */
    public Exchange {
        Objects.requireNonNull(response, "response");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts " + attempts + " is less than 1");
        }
    }
}
