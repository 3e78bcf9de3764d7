package io.github.vncustoms.monitoring.internal.report;

import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.report.ReceiptInfoRow;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs receipts with the updates that follow them, file by file (MON-T-03); the rules are on
 * {@link ReceiptInfoRow}. Not API.
 */
public final class ReceiptPairing {
    private static final Comparator<FileReceived> RECEIPTS = Comparator.comparing(FileReceived::startedAt)
            .thenComparing(FileReceived::endedAt)
            .thenComparingLong(FileReceived::size)
            .thenComparing(FileReceived::checksum);
    private static final Comparator<FileApplied> UPDATES = Comparator.comparing(FileApplied::startedAt)
            .thenComparing(FileApplied::endedAt)
            .thenComparingLong(FileApplied::size)
            .thenComparing(FileApplied::version)
            .thenComparing(FileApplied::updateError);

    private ReceiptPairing() {
    }

    /** The receipts and updates of one file. */
    private static final class Flow {
        final List<FileReceived> receipts = new ArrayList<>(1);
        final List<FileApplied> updates = new ArrayList<>(1);
    }

    /**
     * Pairs the receipts and updates among events.
     *
     * @param events the events, in any order
     * @return the rows in {@link ReceiptInfoRow#ORDER}, unmodifiable
     */
    public static List<ReceiptInfoRow> pair(Iterable<? extends TransferEvent> events) {
        Map<RowKeys.FileKey, Flow> flows = new HashMap<>();
        for (TransferEvent e : events) {
            Fields.present(e, "events", "no missing events");
            if (e instanceof FileReceived r) {
                flows.computeIfAbsent(RowKeys.of(r), k -> new Flow()).receipts.add(r);
            } else if (e instanceof FileApplied a) {
                flows.computeIfAbsent(RowKeys.of(a), k -> new Flow()).updates.add(a);
            }
        }
        List<ReceiptInfoRow> rows = new ArrayList<>();
        for (Flow flow : flows.values()) {
            pair(flow, rows);
        }
        rows.sort(ReceiptInfoRow.ORDER);
        return List.copyOf(rows);
    }

    private static void pair(Flow flow, List<ReceiptInfoRow> rows) {
        List<FileReceived> receipts = flow.receipts;
        receipts.sort(RECEIPTS);
        flow.updates.sort(UPDATES);
        List<List<FileApplied>> following = new ArrayList<>(receipts.size());
        receipts.forEach(r -> following.add(new ArrayList<>(1)));
        for (FileApplied update : flow.updates) {
            int owner = -1;
            for (int i = 0; i < receipts.size() && !receipts.get(i).startedAt().isAfter(update.startedAt()); i++) {
                owner = i;
            }
            if (owner < 0) {
                rows.add(ReceiptInfoRow.of(null, update));
            } else {
                following.get(owner).add(update);
            }
        }
        for (int i = 0; i < receipts.size(); i++) {
            if (following.get(i).isEmpty()) {
                rows.add(ReceiptInfoRow.of(receipts.get(i), null));
            } else {
                for (FileApplied update : following.get(i)) {
                    rows.add(ReceiptInfoRow.of(receipts.get(i), update));
                }
            }
        }
    }
}
