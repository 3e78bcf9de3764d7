package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.monitoring.transfer.TransferMatrix;
import io.github.vncustoms.monitoring.transfer.TransferOperation;
import io.github.vncustoms.monitoring.transfer.TransferRule;
import java.util.HashMap;
import java.util.Map;

/**
 * The transfer matrix as bit masks, so that the hot path asks "does this system have this operation
 * on this flow?" without building a key string. Immutable and thread-safe.
 */
public final class FlowIndex {
    private static final int LEVELS = 10;

    private final Map<String, int[]> masks;

    private FlowIndex(Map<String, int[]> masks) {
        this.masks = masks;
    }

    /**
     * Indexes a matrix.
     *
     * @param matrix the matrix
     * @return the index
     */
    public static FlowIndex of(TransferMatrix matrix) {
        Map<String, int[]> masks = new HashMap<>();
        for (TransferRule rule : matrix.rules()) {
            int[] mask = masks.computeIfAbsent(rule.system(), s -> new int[LEVELS * LEVELS]);
            mask[rule.fromLevel() * LEVELS + rule.toLevel()] |= 1 << rule.operation().ordinal();
        }
        return new FlowIndex(Map.copyOf(masks));
    }

    /**
     * Tells whether the matrix has an operation on a flow.
     *
     * @param system the system code
     * @param fromLevel the sender's level rank
     * @param toLevel the receiver's level rank
     * @param operation the operation
     * @return {@code true} if the matrix has that row
     */
    public boolean has(String system, int fromLevel, int toLevel, TransferOperation operation) {
        return (operations(system, fromLevel, toLevel) & bit(operation)) != 0;
    }

    /**
     * Returns the operations a flow has, one bit per {@link TransferOperation#ordinal()}.
     *
     * @param system the system code
     * @param fromLevel the sender's level rank
     * @param toLevel the receiver's level rank
     * @return the bit mask, 0 if the flow does not exist
     */
    public int operations(String system, int fromLevel, int toLevel) {
        int[] mask = masks.get(system);
        if (mask == null || fromLevel < 0 || fromLevel >= LEVELS || toLevel < 0 || toLevel >= LEVELS) {
            return 0;
        }
        return mask[fromLevel * LEVELS + toLevel];
    }

    /**
     * Returns an operation's bit in {@link #operations(String, int, int)}.
     *
     * @param operation the operation
     * @return its bit
     */
    public static int bit(TransferOperation operation) {
        return 1 << operation.ordinal();
    }
}
