package io.github.vncustoms.monitoring.transfer;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file applied (updated) into the receiving unit's system, with the Annex I update information
 * (MON-T-03): start and end of the update, the file name, its size, the update version and the
 * update error, if any.
 *
 * <p>Immutable and thread-safe.
 *
 * @param runId the run the file was exported in
 * @param system the business system's code
 * @param fromUnit the unit that sent it
 * @param toUnit the unit that applied it
 * @param fileName the updated file name (tên file cập nhật)
 * @param size the updated size in bytes (dung lượng file cập nhật)
 * @param version the update version (phiên bản cập nhật), or {@code ""} when the system has none;
 *     compared with {@link #VERSION_ORDER}
 * @param updateError the update error (lỗi cập nhật), or {@code ""} when the update succeeded
 * @param startedAt when the update started (thời gian bắt đầu cập nhật)
 * @param endedAt when it ended (thời gian kết thúc cập nhật); not before the start
 */
public record FileApplied(String runId, String system, String fromUnit, String toUnit, String fileName, long size,
        String version, String updateError, Instant startedAt, Instant endedAt) implements TransferEvent {

    /**
     * Orders update versions: runs of digits compare as numbers and everything else as text, so
     * {@code "2.10" > "2.9"} and {@code "20261120-2" > "20261120-1"}. The empty version sorts first.
     */
    public static final Comparator<String> VERSION_ORDER = FileApplied::compareVersions;

    private static final Pattern PART = Pattern.compile("\\d+|\\D+");

    /**
     * Validates and normalises.
     *
     * @throws ValidationException if a field is missing or malformed, the size negative, the units
     *     the same, the version longer than 100 characters, or the end before the start
     */
    public FileApplied {
        runId = Fields.id(runId, "runId");
        system = Fields.system(system);
        fromUnit = Fields.unit(fromUnit, "fromUnit");
        toUnit = Fields.unit(toUnit, "toUnit");
        if (fromUnit.equals(toUnit)) {
            throw new ValidationException("toUnit", "File " + fileName + " is applied at " + toUnit + " from itself: expected another sending unit");
        }
        fileName = Fields.fileName(fileName, "fileName");
        size = Fields.size(size, "size");
        version = version == null || version.isBlank() ? "" : Fields.id(version, "version");
        updateError = Fields.text(updateError, "updateError");
        Fields.interval(startedAt, endedAt, "update");
    }

    @Override
    public TransferOperation operation() {
        return TransferOperation.APPLY;
    }

    @Override
    public Instant occurredAt() {
        return endedAt;
    }

    @Override
    public boolean failed() {
        return !updateError.isEmpty();
    }

    private static int compareVersions(String a, String b) {
        Matcher ma = PART.matcher(a);
        Matcher mb = PART.matcher(b);
        while (true) {
            boolean ha = ma.find();
            boolean hb = mb.find();
            if (!ha || !hb) {
                return Boolean.compare(ha, hb);
            }
            String pa = ma.group();
            String pb = mb.group();
            // PART's \d is ASCII only; Character.isDigit would also take e.g. U+0663 for a number.
            boolean da = isAsciiDigit(pa.charAt(0));
            boolean db = isAsciiDigit(pb.charAt(0));
            int c;
            if (da && db) {
                c = new BigInteger(pa).compareTo(new BigInteger(pb));
            } else if (da != db) {
                c = da ? -1 : 1;
            } else {
                c = pa.compareTo(pb);
            }
            if (c != 0) {
                return c;
            }
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
