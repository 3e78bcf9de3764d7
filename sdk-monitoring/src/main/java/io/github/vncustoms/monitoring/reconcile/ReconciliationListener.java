package io.github.vncustoms.monitoring.reconcile;

/**
 * Receives what reconciliation finds, as it finds it: each discrepancy, and each run once it is
 * settled. Incident handling (MON-T-04, MON-T-07) and reports listen here.
 *
 * <p>Called from the thread that drives the reconciliation; implementations that hand work to other
 * threads must be thread-safe themselves.
 */
public interface ReconciliationListener {
    /**
     * Called for each discrepancy found.
     *
     * @param discrepancy the discrepancy
     */
    void discrepancy(Discrepancy discrepancy);

    /**
     * Called once per run when it is settled, whether clean or not. A clean run on a flow shows the
     * flow works again.
     *
     * @param summary the run's Annex I figures
     */
    default void runReconciled(RunSummary summary) {
    }
}
