package io.github.vncustoms.monitoring.report;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.internal.report.ReceiptPairing;
import io.github.vncustoms.monitoring.internal.report.RowKeys;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One row of Annex I part 2, "Thông tin nhận file" (receipt information, MON-T-03): one receipt of
 * a file and the update that followed it, with the file's system, sending unit and run.
 *
 * <table>
 * <caption>Annex I part 2 criteria and components</caption>
 * <tr><th>STT</th><th>Criterion</th><th>Component</th></tr>
 * <tr><td>1</td><td>Cục Hải quan nhận dữ liệu</td><td>{@link #receivingUnit()}</td></tr>
 * <tr><td>2</td><td>Thời gian bắt đầu nhận</td><td>{@link Receipt#start()}</td></tr>
 * <tr><td>3</td><td>Thời gian kết thúc nhận</td><td>{@link Receipt#end()}</td></tr>
 * <tr><td>4</td><td>Tên file nhận</td><td>{@link #receivedFileName()}</td></tr>
 * <tr><td>5</td><td>Dung lượng file nhận</td><td>{@link Receipt#size()}</td></tr>
 * <tr><td>6</td><td>Thời gian bắt đầu cập nhật</td><td>{@link Update#start()}</td></tr>
 * <tr><td>7</td><td>Thời gian kết thúc cập nhật</td><td>{@link Update#end()}</td></tr>
 * <tr><td>8</td><td>Tên file cập nhật</td><td>{@link #updatedFileName()}</td></tr>
 * <tr><td>9</td><td>Dung lượng file cập nhật</td><td>{@link Update#size()}</td></tr>
 * <tr><td>10</td><td>Phiên bản cập nhật</td><td>{@link Update#version()}</td></tr>
 * <tr><td>11</td><td>Lỗi cập nhật</td><td>{@link Update#error()}</td></tr>
 * </table>
 *
 * <p>How receipts and updates of the same file ({@code system, sendingUnit, runId, fileName,
 * receivingUnit}) become rows ({@link #pair(Iterable)}):
 * <ul>
 * <li>each receipt gives a row; a file received twice gives two rows;</li>
 * <li>an update belongs to the latest receipt of the file that started at or before the update
 * started; the receipt's row shows it;</li>
 * <li>a receipt followed by no update has an empty update part ({@link #update()} is {@code null});</li>
 * <li>a receipt followed by several updates (e.g. a failed update and its retry) gives one row per
 * update, each repeating the receipt, so that no update error is hidden;</li>
 * <li>an update with no receipt before it gives a row with an empty receipt part
 * ({@link #receipt()} is {@code null}): the Annex has no place for it, but hiding an update would
 * hide what reconciliation reports about it.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param system the business system's code
 * @param sendingUnit the unit that sent the file
 * @param runId the run the file was exported in
 * @param receivingUnit the receiving unit's code (Cục Hải quan nhận dữ liệu)
 * @param fileName the file's name, received and updated under the same name
 * @param receipt the receipt, or {@code null} for an update with no receipt before it
 * @param update the update that followed the receipt, or {@code null} when none did
 */
public record ReceiptInfoRow(String system, String sendingUnit, String runId, String receivingUnit, String fileName,
        Receipt receipt, Update update) {

    /**
     * The order of the receipt table: by the row's start ({@link #startedAt()}), then receiving
     * unit, system, sending unit, run and file, then the receipt's and the update's own figures, so
     * that equal inputs always give the same order.
     */
    public static final Comparator<ReceiptInfoRow> ORDER = Comparator.comparing(ReceiptInfoRow::startedAt)
            .thenComparing(ReceiptInfoRow::receivingUnit)
            .thenComparing(ReceiptInfoRow::system)
            .thenComparing(ReceiptInfoRow::sendingUnit)
            .thenComparing(ReceiptInfoRow::runId)
            .thenComparing(ReceiptInfoRow::fileName)
            .thenComparing(ReceiptInfoRow::receipt, Comparator.nullsFirst(Receipt.ORDER))
            .thenComparing(ReceiptInfoRow::update, Comparator.nullsFirst(Update.ORDER));

    /**
     * Validates and normalises.
     *
     * @throws ValidationException if a field is missing or malformed, the two units are the same,
     *     or both the receipt and the update are missing
     */
    public ReceiptInfoRow {
        system = Fields.system(system);
        sendingUnit = Fields.unit(sendingUnit, "sendingUnit");
        runId = Fields.id(runId, "runId");
        receivingUnit = Fields.unit(receivingUnit, "receivingUnit");
        if (sendingUnit.equals(receivingUnit)) {
            throw new ValidationException("receivingUnit", "File " + fileName + " is received at " + receivingUnit
                    + " from itself: expected another sending unit");
        }
        fileName = Fields.fileName(fileName, "fileName");
        if (receipt == null && update == null) {
            throw new ValidationException("receipt", "The row of file " + fileName
                    + " has neither a receipt nor an update: expected at least one of them");
        }
    }

    /**
     * Returns the row of a receipt and the update that followed it.
     *
     * @param receipt the receipt, or {@code null} for an update with no receipt
     * @param update the update, or {@code null} when the file was not applied
     * @return the row
     * @throws ValidationException if both are missing, or they are not of the same file (system,
     *     sending unit, run, file name and receiving unit)
     */
    public static ReceiptInfoRow of(FileReceived receipt, FileApplied update) {
        if (receipt == null && update == null) {
            throw new ValidationException("receipt", "Neither a receipt nor an update given: expected at least one");
        }
        if (receipt != null && update != null && !RowKeys.of(receipt).equals(RowKeys.of(update))) {
            throw new ValidationException("update", "The update " + RowKeys.of(update) + " is not of the file received "
                    + RowKeys.of(receipt) + ": expected the same system, units, run and file name");
        }
        TransferEvent any = receipt != null ? receipt : update;
        String fileName = receipt != null ? receipt.fileName() : update.fileName();
        return new ReceiptInfoRow(any.system(), any.fromUnit(), any.runId(), any.toUnit(), fileName,
                receipt == null ? null : new Receipt(receipt.startedAt(), receipt.endedAt(), receipt.size()),
                update == null ? null : new Update(update.startedAt(), update.endedAt(), update.size(),
                        update.version(), update.updateError()));
    }

    /**
     * Pairs the receipts and updates among transfer events into rows, as the type's description
     * says, in {@link #ORDER}. Exports and transmissions are ignored.
     *
     * @param events the events, in any order
     * @return the rows, unmodifiable
     * @throws ValidationException if the events or one of them are missing
     */
    public static List<ReceiptInfoRow> pair(Iterable<? extends TransferEvent> events) {
        return ReceiptPairing.pair(Fields.present(events, "events", "transfer events"));
    }

    /**
     * Tells whether the row has a receipt.
     *
     * @return {@code false} for an update with no receipt before it
     */
    public boolean hasReceipt() {
        return receipt != null;
    }

    /**
     * Tells whether the row has an update.
     *
     * @return {@code false} when the file was not applied after this receipt
     */
    public boolean hasUpdate() {
        return update != null;
    }

    /**
     * Returns the received file name (tên file nhận).
     *
     * @return the file name, or {@code ""} when the row has no receipt
     */
    public String receivedFileName() {
        return receipt == null ? "" : fileName;
    }

    /**
     * Returns the updated file name (tên file cập nhật).
     *
     * @return the file name, or {@code ""} when the row has no update
     */
    public String updatedFileName() {
        return update == null ? "" : fileName;
    }

    /**
     * Returns when the row starts: the receipt's start, or the update's for a row with no receipt.
     * The table is ordered by it and a report keeps the rows that start in its period.
     *
     * @return the instant
     */
    public Instant startedAt() {
        return receipt != null ? receipt.start() : update.start();
    }

    /**
     * Tells whether a discrepancy concerns this row's file: same system, sending unit, run, file
     * name and receiving unit.
     *
     * @param discrepancy the discrepancy
     * @return {@code true} if it belongs to this row
     */
    public boolean matches(Discrepancy discrepancy) {
        return RowKeys.of(this).equals(RowKeys.file(Fields.present(discrepancy, "discrepancy", "a discrepancy")));
    }

    /**
     * The receipt part of a row: Annex I part 2 criteria 2, 3 and 5.
     *
     * <p>Immutable and thread-safe.
     *
     * @param start when the receipt started (thời gian bắt đầu nhận)
     * @param end when it ended (thời gian kết thúc nhận)
     * @param size the received size in bytes (dung lượng file nhận)
     */
    public record Receipt(Instant start, Instant end, long size) {
        /** Orders receipts by start, end and size. */
        public static final Comparator<Receipt> ORDER = Comparator.comparing(Receipt::start)
                .thenComparing(Receipt::end).thenComparingLong(Receipt::size);

        /**
         * Validates.
         *
         * @throws ValidationException if an instant is missing, the end before the start, or the
         *     size negative
         */
        public Receipt {
            Fields.interval(start, end, "receipt");
            Fields.size(size, "receipt size");
        }
    }

    /**
     * The update part of a row: Annex I part 2 criteria 6, 7, 9, 10 and 11.
     *
     * <p>Immutable and thread-safe.
     *
     * @param start when the update started (thời gian bắt đầu cập nhật)
     * @param end when it ended (thời gian kết thúc cập nhật)
     * @param size the updated size in bytes (dung lượng file cập nhật)
     * @param version the update version (phiên bản cập nhật), or {@code ""} when the system has none
     * @param error the update error (lỗi cập nhật), or {@code ""} when the update succeeded
     */
    public record Update(Instant start, Instant end, long size, String version, String error) {
        /** Orders updates by start, end, size, version and error. */
        public static final Comparator<Update> ORDER = Comparator.comparing(Update::start)
                .thenComparing(Update::end).thenComparingLong(Update::size)
                .thenComparing(Update::version).thenComparing(Update::error);

        /**
         * Validates and normalises; a missing version or error becomes {@code ""}.
         *
         * @throws ValidationException if an instant is missing, the end before the start, the size
         *     negative, or a text too long
         */
        public Update {
            Fields.interval(start, end, "update");
            Fields.size(size, "update size");
            version = Fields.text(version, "version");
            error = Fields.text(error, "error");
        }

        /**
         * Tells whether the update reported an error.
         *
         * @return {@code true} if {@link #error()} is not empty
         */
        public boolean failed() {
            return !error.isEmpty();
        }
    }
}
