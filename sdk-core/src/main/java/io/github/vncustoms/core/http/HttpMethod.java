package io.github.vncustoms.core.http;

/**
 * The HTTP methods the {@link CustomsHttpClient} sends, with whether each is idempotent by default.
 *
 * <p>An idempotent request may be retried after a connection failure or a 429/503 answer, because
 * repeating it has the same effect as sending it once. {@code POST} and {@code PATCH} are not, unless
 * the caller says so with {@link CustomsHttpRequest#withIdempotent(boolean)}. Immutable.
 */
public enum HttpMethod {
    /** Reads a resource. Idempotent. */
    GET(true),
    /** Reads a resource's headers only. Idempotent. */
    HEAD(true),
    /** Creates or acts; not idempotent. */
    POST(false),
    /** Replaces a resource. Idempotent. */
    PUT(true),
    /** Deletes a resource. Idempotent. */
    DELETE(true),
    /** Asks what the server allows. Idempotent. */
    OPTIONS(true),
    /** Changes part of a resource; not idempotent. */
    PATCH(false);

    private final boolean idempotent;

    HttpMethod(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /**
     * Says whether requests with this method are idempotent unless the caller says otherwise.
     *
     * @return {@code true} for {@code GET}, {@code HEAD}, {@code PUT}, {@code DELETE} and {@code OPTIONS}
     */
    public boolean idempotentByDefault() {
        return idempotent;
    }
}
