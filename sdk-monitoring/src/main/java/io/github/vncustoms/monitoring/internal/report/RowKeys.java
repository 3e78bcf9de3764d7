package io.github.vncustoms.monitoring.internal.report;

import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.report.GeneralInfoRow;
import io.github.vncustoms.monitoring.report.ReceiptInfoRow;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import java.text.Normalizer;

/** The keys that tie discrepancies to report rows and receipts to updates. Not API. */
public final class RowKeys {
    private RowKeys() {
    }

    /**
     * A run: system, sending unit, run id.
     *
     * @param system the system
     * @param fromUnit the sending unit
     * @param runId the run id
     */
    public record RunKey(String system, String fromUnit, String runId) {
    }

    /**
     * A file on its flow: system, sending unit, run id, file name, receiving unit.
     *
     * @param system the system
     * @param fromUnit the sending unit
     * @param runId the run id
     * @param fileName the file name, NFC
     * @param toUnit the receiving unit
     */
    public record FileKey(String system, String fromUnit, String runId, String fileName, String toUnit) {
        @Override
        public String toString() {
            return system + " run " + runId + " from " + fromUnit + " to " + toUnit + " file " + fileName;
        }
    }

    /**
     * Returns the run of a general row.
     *
     * @param row the row
     * @return its key
     */
    public static RunKey of(GeneralInfoRow row) {
        return new RunKey(row.system(), row.exportingUnit(), row.runId());
    }

    /**
     * Returns the run a discrepancy names.
     *
     * @param d the discrepancy
     * @return its run key
     */
    public static RunKey run(Discrepancy d) {
        return new RunKey(d.system(), d.fromUnit(), d.runId());
    }

    /**
     * Returns the file of a receipt row.
     *
     * @param row the row
     * @return its key
     */
    public static FileKey of(ReceiptInfoRow row) {
        return new FileKey(row.system(), row.sendingUnit(), row.runId(), row.fileName(), row.receivingUnit());
    }

    /**
     * Returns the file of a receipt.
     *
     * @param e the receipt
     * @return its key
     */
    public static FileKey of(FileReceived e) {
        return event(e, e.fileName());
    }

    /**
     * Returns the file of an update.
     *
     * @param e the update
     * @return its key
     */
    public static FileKey of(FileApplied e) {
        return event(e, e.fileName());
    }

    /**
     * Returns the file a discrepancy names; its name is NFC-normalised as events' names are.
     *
     * @param d the discrepancy
     * @return its file key
     */
    public static FileKey file(Discrepancy d) {
        return new FileKey(d.system(), d.fromUnit(), d.runId(), Normalizer.normalize(d.fileName(), Normalizer.Form.NFC),
                d.toUnit());
    }

    private static FileKey event(TransferEvent e, String fileName) {
        return new FileKey(e.system(), e.fromUnit(), e.runId(), fileName, e.toUnit());
    }
}
