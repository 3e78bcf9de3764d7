package io.github.vncustoms.valuation.risklist;

import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.text.VietnameseText;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One issued version of the valuation-risk goods list (VAL-01, VAL-13): its number, the day HQ
 * issued it, by whom and under which decision, and its items, indexed by goods for lookups.
 *
 * <p>Within a version an item id appears once, and one item of goods has at most one item in force
 * on any day. This is a class rather than a record because it holds its lookup index.
 * Immutable and thread-safe.
 */
public final class RiskListVersion {
    private static final RiskListItem[] NONE = new RiskListItem[0];

    private final int number;
    private final LocalDate issuedOn;
    private final String issuedBy;
    private final String decisionRef;
    private final List<RiskListItem> items;
    private final Map<GoodsDescriptor, RiskListItem[]> byGoods;
    private final Map<String, RiskListItem> byId;

    private RiskListVersion(int number, LocalDate issuedOn, String issuedBy, String decisionRef, List<RiskListItem> items) {
        if (number < 1) {
            throw new ValidationException("number", "Risk-list version " + number + ": expected a number from 1");
        }
        this.number = number;
        this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        this.issuedBy = VietnameseText.normalize(Objects.requireNonNull(issuedBy, "issuedBy").strip());
        this.decisionRef = VietnameseText.normalize(Objects.requireNonNull(decisionRef, "decisionRef").strip());
        if (this.issuedBy.isEmpty()) {
            throw new ValidationException("issuedBy", "Risk-list version " + number + " has no issuer: expected the issuing account id");
        }
        this.items = List.copyOf(items);
        Map<String, RiskListItem> ids = new HashMap<>(this.items.size() * 2);
        Map<GoodsDescriptor, List<RiskListItem>> goods = new HashMap<>(this.items.size() * 2);
        for (RiskListItem item : this.items) {
            if (ids.putIfAbsent(item.itemId(), item) != null) {
                throw new ValidationException("items", "Risk-list version " + number + " lists item id " + item.itemId()
                        + " twice: expected each id once");
            }
            List<RiskListItem> same = goods.computeIfAbsent(item.goods(), g -> new ArrayList<>(1));
            for (RiskListItem other : same) {
                if (overlap(item, other)) {
                    throw new ValidationException("items", "Items " + other.itemId() + " and " + item.itemId()
                            + " of risk-list version " + number + " both apply to " + item.goods().describe()
                            + " on overlapping days: expected one item in force per goods on any day");
                }
            }
            same.add(item);
        }
        Map<GoodsDescriptor, RiskListItem[]> index = new HashMap<>(goods.size() * 2);
        goods.forEach((g, list) -> index.put(g, list.toArray(NONE)));
        this.byGoods = index;
        this.byId = ids;
    }

    /**
     * Creates a version.
     *
     * @param number the version number, from 1
     * @param issuedOn the day HQ issued it
     * @param issuedBy the issuing account id
     * @param decisionRef the number of the issuing decision, may be empty
     * @param items the items
     * @return the version
     * @throws ValidationException if the number is below 1, the issuer blank, an id repeated, or one
     *     item of goods has two items in force on a day
     */
    public static RiskListVersion of(int number, LocalDate issuedOn, String issuedBy, String decisionRef, List<RiskListItem> items) {
        return new RiskListVersion(number, issuedOn, issuedBy, decisionRef, Objects.requireNonNull(items, "items"));
    }

    /**
     * Finds the item in force for some goods on a day. Only identical goods match (equal descriptors).
     *
     * @param goods the goods
     * @param day the day
     * @return the item, or empty
     */
    public Optional<RiskListItem> find(GoodsDescriptor goods, LocalDate day) {
        RiskListItem[] candidates = byGoods.getOrDefault(Objects.requireNonNull(goods, "goods"), NONE);
        for (RiskListItem item : candidates) {
            if (item.appliesOn(day)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns every item for some goods, whatever their period.
     *
     * @param goods the goods
     * @return the items, possibly empty
     */
    public List<RiskListItem> itemsFor(GoodsDescriptor goods) {
        return List.of(byGoods.getOrDefault(Objects.requireNonNull(goods, "goods"), NONE));
    }

    /**
     * Returns an item by id.
     *
     * @param itemId the id
     * @return the item
     * @throws NotFoundException if this version has no such item
     */
    public RiskListItem item(String itemId) {
        RiskListItem item = byId.get(Objects.requireNonNull(itemId, "itemId"));
        if (item == null) {
            throw new NotFoundException("Risk-list version " + number + " has no item " + itemId
                    + ": expected the id of one of its " + items.size() + " items");
        }
        return item;
    }

    /**
     * Returns the version number.
     *
     * @return the number, from 1
     */
    public int number() {
        return number;
    }

    /**
     * Returns the day HQ issued this version.
     *
     * @return the day
     */
    public LocalDate issuedOn() {
        return issuedOn;
    }

    /**
     * Returns the issuing account id.
     *
     * @return the account id
     */
    public String issuedBy() {
        return issuedBy;
    }

    /**
     * Returns the number of the issuing decision.
     *
     * @return the decision reference, may be empty
     */
    public String decisionRef() {
        return decisionRef;
    }

    /**
     * Returns the items, in the order given.
     *
     * @return an unmodifiable list
     */
    public List<RiskListItem> items() {
        return items;
    }

    /**
     * Returns the number of items.
     *
     * @return the size
     */
    public int size() {
        return items.size();
    }

    @Override
    public String toString() {
        return "RiskListVersion[" + number + ", issued " + issuedOn + ", " + items.size() + " items]";
    }

    private static boolean overlap(RiskListItem a, RiskListItem b) {
        boolean aEndsBeforeB = a.effectiveTo() != null && a.effectiveTo().isBefore(b.effectiveFrom());
        boolean bEndsBeforeA = b.effectiveTo() != null && b.effectiveTo().isBefore(a.effectiveFrom());
        return !aEndsBeforeB && !bEndsBeforeA;
    }
}
