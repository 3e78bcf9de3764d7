package io.github.vncustoms.monitoring.internal.transfer;

import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.FileTransmitted;
import io.github.vncustoms.monitoring.transfer.TransferEvent;

/** Short English descriptions of transfer events for exception messages and logs. Not API. */
public final class EventLabels {
    private EventLabels() {
    }

    /**
     * Describes an event: its system, operation, run, file (if any) and units.
     *
     * @param event the event, or {@code null}
     * @return e.g. {@code "SLXNK RECEIVE of file TK_01.xml in run R1 from 01AB to HQ01"}
     */
    public static String of(TransferEvent event) {
        if (event == null) {
            return "a missing event";
        }
        String file = fileName(event);
        return event.system() + " " + event.operation() + (file.isEmpty() ? "" : " of file " + file)
                + " in run " + event.runId() + " from " + event.fromUnit() + " to " + event.toUnit();
    }

    /**
     * Returns the file an event is about.
     *
     * @param event the event
     * @return the file name, or {@code ""} for an export run, which covers many files
     */
    public static String fileName(TransferEvent event) {
        if (event instanceof FileTransmitted t) {
            return t.fileName();
        } else if (event instanceof FileReceived r) {
            return r.fileName();
        } else if (event instanceof FileApplied a) {
            return a.fileName();
        } else if (event instanceof ExportRun) {
            return "";
        }
        throw new IllegalArgumentException("Unknown transfer event type " + event.getClass().getName());
    }
}
