package io.github.vncustoms.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.vncustoms.core.error.ValidationException;
import java.util.Objects;

/**
 * A Vietnamese registration plate (biển số xe) of a car, truck, tractor or trailer, e.g.
 * {@code 51C-123.45}: a two-digit province code, a series of one or two letters and a serial.
 *
 * <p>What is accepted:
 *
 * <ul>
 *   <li>province code 11–99. Codes in that range that no province uses are accepted too: the
 *       assignment changes (most recently with the 2025 merger of provinces) and a plate outlives
 *       it. Code 80, used by some central agencies rather than a province, is accepted like any other;
 *   <li>series: one letter A–Z ({@code R} is a trailer or semi-trailer, rơ moóc / sơ mi rơ moóc),
 *       or two letters A–Z, such as {@code LD} for vehicles of foreign-invested enterprises and
 *       foreign lessees. Series with Vietnamese letters ({@code Đ}) and motorcycle series of a
 *       letter and a digit ({@code 29-B1 123.45}) are not supported; diplomatic plates
 *       ({@code 80-011-NG-01}) follow another layout and are not supported either;
 *   <li>serial: five digits, {@code 000.01}–{@code 999.99}, or four digits in the older form,
 *       {@code 0001}–{@code 9999}; an all-zero serial is never issued.
 * </ul>
 *
 * <p>Parsing ignores case, whitespace, dots and hyphens wherever they appear, so
 * {@code "51c 12345"} reads as {@code 51C-123.45}. The canonical form, returned by {@link #value()}
 * and {@link #toString()} and written to JSON, is the one printed on plates: {@code 51C-123.45} or
 * {@code 51LD-123.45} for five-digit serials, {@code 29A-1234} for four-digit ones:
 *
 * <pre>{@code
 * VehiclePlate trailer = VehiclePlate.parse("15r01234");   // 15R-012.34
 * trailer.isTrailer();                                     // true
 * trailer.provinceCode();                                  // 15
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the canonical form; the constructor also accepts every form {@link #parse(String)}
 *     accepts and stores the canonical one
 */
public record VehiclePlate(String value) {
    private static final String FIELD = "vehiclePlate";
    private static final String EXPECTED = "expected a province code 11-99, a series of one or two letters "
            + "and a 4- or 5-digit serial, as in 51C-123.45, 51LD-123.45 or 29A-1234";
    private static final String SEPARATORS = ".-";
    private static final int LOWEST_PROVINCE = 11;
    private static final String TRAILER_SERIES = "R";

    /**
     * Validates and normalises the value.
     *
     * @param value the text, in any form {@link #parse(String)} accepts
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws ValidationException if it is not a supported plate
     */
    public VehiclePlate {
        Objects.requireNonNull(value, "value");
        String normalised = Inputs.strip(value, SEPARATORS, true);
        String problem = problem(value, normalised);
        if (problem != null) {
            throw new ValidationException(FIELD, problem);
        }
        value = canonical(normalised);
    }

    /**
     * Parses a plate, ignoring case, whitespace, dots and hyphens.
     *
     * @param text the text, e.g. {@code "51C-123.45"}, {@code "29A-1234"} or {@code "15R 012 34"}
     * @return the plate
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws ValidationException if the text is not a supported plate; the message says what was
     *     wrong and what was expected
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static VehiclePlate parse(String text) {
        return new VehiclePlate(text);
    }

    /**
     * Tells whether a text is a plate that {@link #parse(String)} accepts.
     *
     * @param text the text, may be {@code null}
     * @return {@code true} if it parses; {@code false} for {@code null} or anything else
     */
    public static boolean isValid(String text) {
        return text != null && problem(text, Inputs.strip(text, SEPARATORS, true)) == null;
    }

    /**
     * Builds a plate from its parts.
     *
     * @param provinceCode the province code, 11–99
     * @param series one or two letters, e.g. {@code "C"}, {@code "R"} or {@code "LD"}
     * @param serial four or five digits, e.g. {@code "12345"}
     * @return the plate
     * @throws NullPointerException if {@code series} or {@code serial} is {@code null}
     * @throws ValidationException if a part is malformed
     */
    public static VehiclePlate of(int provinceCode, String series, String serial) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(serial, "serial");
        if (provinceCode < 0 || provinceCode > 99) {
            throw new ValidationException(FIELD, "Province code " + provinceCode + " is out of range; expected 11-99");
        }
        return new VehiclePlate(String.format("%02d", provinceCode) + series + "-" + serial);
    }

    /**
     * Returns the province code.
     *
     * @return 11–99
     */
    public int provinceCode() {
        return Integer.parseInt(value.substring(0, 2));
    }

    /**
     * Returns the series.
     *
     * @return one or two upper-case letters, e.g. {@code "C"} or {@code "LD"}
     */
    public String series() {
        return value.substring(2, value.indexOf('-'));
    }

    /**
     * Returns the serial number.
     *
     * @return four or five digits without separators, e.g. {@code "12345"}
     */
    public String serial() {
        return value.substring(value.indexOf('-') + 1).replace(".", "");
    }

    /**
     * Tells whether this is the plate of a trailer or semi-trailer (series {@code R}).
     *
     * @return {@code true} for series {@code R}
     */
    public boolean isTrailer() {
        return TRAILER_SERIES.equals(series());
    }

    /**
     * Returns the canonical form, the same as {@link #toString()}.
     *
     * @return e.g. {@code 51C-123.45} or {@code 29A-1234}
     */
    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /**
     * Returns the canonical form.
     *
     * @return e.g. {@code 51C-123.45} or {@code 29A-1234}
     */
    @Override
    public String toString() {
        return value;
    }

    private static String canonical(String normalised) {
        int serialStart = serialStart(normalised);
        String head = normalised.substring(0, serialStart) + "-";
        String serial = normalised.substring(serialStart);
        return serial.length() == 5 ? head + serial.substring(0, 3) + "." + serial.substring(3) : head + serial;
    }

    /** Index of the first character after the series letters. */
    private static int serialStart(String normalised) {
        int i = 2;
        while (i < normalised.length() && Inputs.isLetter(normalised.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Returns what is wrong with a plate, or {@code null}; {@code text} is shown, {@code plate} checked. */
    private static String problem(String text, String plate) {
        String subject = "Vehicle plate " + Inputs.show(text);
        if (plate.length() < 2 || !Inputs.isDigit(plate.charAt(0)) || !Inputs.isDigit(plate.charAt(1))) {
            return subject + " does not start with a two-digit province code; " + EXPECTED;
        }
        String province = plate.substring(0, 2);
        if (Integer.parseInt(province) < LOWEST_PROVINCE) {
            return subject + " has province code " + province + "; expected a province code 11-99";
        }
        int serialStart = serialStart(plate);
        int seriesLength = serialStart - 2;
        if (seriesLength == 0) {
            return subject + " has no series letter after province code " + province
                    + "; expected one or two letters, as in " + province + "C or " + province + "LD";
        }
        if (seriesLength > 2) {
            return subject + " has series " + plate.substring(2, serialStart) + " of " + seriesLength
                    + " letters; expected one or two letters, as in " + province + "C or " + province + "LD";
        }
        String serial = plate.substring(serialStart);
        int bad = Inputs.firstNonDigit(serial);
        if (bad >= 0) {
            return subject + " has " + Inputs.showChar(serial.charAt(bad))
                    + " in its serial; expected 4 or 5 digits after the series, as in 51C-123.45 or 29A-1234";
        }
        if (serial.length() != 4 && serial.length() != 5) {
            String motorcycle = seriesLength == 1 && serial.length() == 6
                    ? " (motorcycle plates such as 29-B1 123.45 are not supported)" : "";
            return subject + " has a serial of " + serial.length() + " digits; expected 4 (old form, as in "
                    + "29A-1234) or 5 (as in 51C-123.45)" + motorcycle;
        }
        if (Integer.parseInt(serial) == 0) {
            return subject + " has serial " + serial + ", which is never issued; expected a serial from "
                    + (serial.length() == 5 ? "000.01 to 999.99" : "0001 to 9999");
        }
        return null;
    }
}
