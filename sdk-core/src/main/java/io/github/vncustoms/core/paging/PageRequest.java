package io.github.vncustoms.core.paging;

import io.github.vncustoms.core.error.ValidationException;

/**
 * Which slice of a query's results to return: skip {@code offset} results, return at most
 * {@code limit}. Maps directly to SQL {@code OFFSET ... LIMIT ...}.
 *
 * <pre>{@code
 * Page<Release> page = store.search(query, PageRequest.first(20));
 * while (page.hasNext()) {
 *     page = store.search(query, page.nextRequest());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param offset how many results to skip, at least 0
 * @param limit how many results at most, 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {
    /** The largest page a store is asked for. */
    public static final int MAX_LIMIT = 1000;

    /**
     * Validates the request.
     *
     * @throws ValidationException if the offset is negative or the limit outside 1–{@value #MAX_LIMIT}
     */
    public PageRequest {
        if (offset < 0) {
            throw new ValidationException("offset", "Page offset " + offset + " is negative: expected 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "Page limit " + limit + " is out of range: expected 1 to " + MAX_LIMIT);
        }
    }

    /**
     * Returns the first page.
     *
     * @param limit the page size
     * @return offset 0
     * @throws ValidationException if the limit is out of range
     */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    /**
     * Returns a page.
     *
     * @param offset how many results to skip
     * @param limit the page size
     * @return the request
     * @throws ValidationException if out of range
     */
    public static PageRequest of(int offset, int limit) {
        return new PageRequest(offset, limit);
    }

    /**
     * Returns the page after this one.
     *
     * @return the request with the offset moved on by the limit
     */
    public PageRequest next() {
        return new PageRequest(Math.addExact(offset, limit), limit);
    }
}
