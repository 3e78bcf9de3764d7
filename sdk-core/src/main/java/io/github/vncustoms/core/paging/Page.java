package io.github.vncustoms.core.paging;

import io.github.vncustoms.core.error.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * One page of a query's results, in the query's order, with the total number of matches.
 *
 * <p>Immutable and thread-safe if the items are.
 *
 * @param <T> the item type
 * @param items the items of this page, at most {@code request.limit()}
 * @param request the request that produced this page
 * @param total how many results the query matched in all
 */
public record Page<T>(List<T> items, PageRequest request, long total) {
    /**
     * Validates and copies.
     *
     * @throws ValidationException if there are more items than the limit, or the total cannot hold
     *     the items at the offset
     */
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(request, "request");
        if (items.size() > request.limit()) {
            throw new ValidationException("items", "A page holds " + items.size() + " items but the limit is "
                    + request.limit() + ": expected at most the limit");
        }
        if (total < 0 || !items.isEmpty() && total < (long) request.offset() + items.size()) {
            throw new ValidationException("total", "A page at offset " + request.offset() + " holds " + items.size()
                    + " items but the total is " + total + ": expected at least offset + items");
        }
    }

    /**
     * Slices a complete, already ordered list of results.
     *
     * @param <T> the item type
     * @param all every result, in order
     * @param request the slice wanted
     * @return the page
     */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        Objects.requireNonNull(all, "all");
        Objects.requireNonNull(request, "request");
        int from = Math.min(request.offset(), all.size());
        int to = (int) Math.min((long) from + request.limit(), all.size());
        return new Page<>(all.subList(from, to), request, all.size());
    }

    /**
     * Tells whether results follow this page.
     *
     * @return {@code true} if {@code offset + items < total}
     */
    public boolean hasNext() {
        return (long) request.offset() + items.size() < total;
    }

    /**
     * Returns the request for the page after this one.
     *
     * @return the next request, same limit
     */
    public PageRequest nextRequest() {
        return request.next();
    }
}
