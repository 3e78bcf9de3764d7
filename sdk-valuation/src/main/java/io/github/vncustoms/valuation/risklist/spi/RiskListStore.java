package io.github.vncustoms.valuation.risklist.spi;

import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Keeps every issued version of the valuation-risk list, for good (QĐ 2344 Art. 5.5; VAL-14): a
 * version is appended once, numbered one above the last, and never changed or deleted, so that what
 * was in force on any day, under which version, can always be told.
 *
 * <p>A database serves it with a version table (number, issue day, issuer, decision) and an item
 * table keyed by (version, item id) with an index on (version, goods key) for {@link #find}, where the
 * goods key is {@link GoodsDescriptor#key()}. {@link io.github.vncustoms.valuation.risklist.RiskList}
 * caches {@link #find} results in front of the store.
 *
 * <p>Implementations must be thread-safe.
 */
public interface RiskListStore {
    /**
     * Returns the number of the latest version.
     *
     * @return the number, or 0 if none has been issued
     */
    int latestNumber();

    /**
     * Returns a version by number.
     *
     * @param number the number, from 1
     * @return the version, or empty
     */
    Optional<RiskListVersion> version(int number);

    /**
     * Returns the latest version.
     *
     * @return the version, or empty if none has been issued
     */
    default Optional<RiskListVersion> latest() {
        int n = latestNumber();
        return n == 0 ? Optional.empty() : version(n);
    }

    /**
     * Finds the item of a version in force for some goods on a day (identical goods only).
     *
     * @param number the version's number
     * @param goods the goods
     * @param day the day
     * @return the item, or empty (also when the version does not exist)
     */
    Optional<RiskListItem> find(int number, GoodsDescriptor goods, LocalDate day);

    /**
     * Appends the next version.
     *
     * @param next the version, numbered one above the latest
     * @throws io.github.vncustoms.core.error.InvalidStateException if its number is not the latest plus
     *     one (another version was issued meanwhile)
     */
    void append(RiskListVersion next);
}
