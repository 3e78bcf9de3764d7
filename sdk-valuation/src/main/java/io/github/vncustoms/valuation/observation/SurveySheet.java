package io.github.vncustoms.valuation.observation;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.text.VietnameseText;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A domestic market survey sheet (phiếu khảo sát giá; QĐ 2344 Art. 6.1.e; VAL-16): two officers
 * survey together and record their names, the address surveyed, the time, the goods in detail, the
 * unit price, the commercial level and other notes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param officers the two officers' names, different people
 * @param address the address surveyed
 * @param surveyedAt when the survey took place
 * @param goodsDescription the goods surveyed, described in detail
 * @param unitPrice the unit price found
 * @param unit the unit of the price
 * @param level the commercial level, {@link CommercialLevel#DOMESTIC_RETAIL} or {@link CommercialLevel#DOMESTIC_WHOLESALE}
 * @param notes other notes, may be empty
 */
public record SurveySheet(List<String> officers, String address, Instant surveyedAt, String goodsDescription,
        Money unitPrice, UnitOfMeasure unit, CommercialLevel level, String notes) {
    /**
     * Validates the sheet.
     *
     * @throws ValidationException if there are not exactly two different officers, a required field
     *     is blank, the price is not positive or the level is not a domestic one
     */
    public SurveySheet {
        Objects.requireNonNull(officers, "officers");
        List<String> names = new ArrayList<>();
        for (String o : officers) {
            String name = VietnameseText.normalize(Objects.requireNonNull(o, "officer").strip());
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.size() != 2 || names.get(0).toLowerCase(Locale.ROOT).equals(names.get(1).toLowerCase(Locale.ROOT))) {
            throw new ValidationException("officers", "The survey sheet names " + names
                    + ": expected two different officers who surveyed together (VAL-16)");
        }
        officers = List.copyOf(names);
        address = require("address", address, "the address surveyed");
        Objects.requireNonNull(surveyedAt, "surveyedAt");
        goodsDescription = require("goodsDescription", goodsDescription, "the goods surveyed, described in detail");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (unitPrice.amount().signum() <= 0) {
            throw new ValidationException("unitPrice", "The surveyed unit price " + unitPrice + " is not positive: expected a price above zero");
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(level, "level");
        if (level != CommercialLevel.DOMESTIC_RETAIL && level != CommercialLevel.DOMESTIC_WHOLESALE) {
            throw new ValidationException("level", "A domestic survey at level " + level
                    + ": expected DOMESTIC_RETAIL or DOMESTIC_WHOLESALE");
        }
        notes = notes == null ? "" : VietnameseText.normalize(notes.strip());
    }

    private static String require(String field, String value, String expected) {
        String cleaned = VietnameseText.normalize(Objects.requireNonNull(value, field).strip());
        if (cleaned.isEmpty()) {
            throw new ValidationException(field, "The survey sheet's " + field + " is blank: expected " + expected);
        }
        return cleaned;
    }
}
