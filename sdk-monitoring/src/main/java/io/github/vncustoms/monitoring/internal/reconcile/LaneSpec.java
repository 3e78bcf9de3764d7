package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.org.UnitKind;
import io.github.vncustoms.monitoring.reconcile.ExpectedTransfer;
import io.github.vncustoms.monitoring.transfer.TransferOperation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One expectation of a schedule after expansion: a system, a sending office and a receiving office.
 * Immutable and thread-safe.
 *
 * @param schedule the schedule it comes from
 * @param sender the sending office's code
 * @param receiver the receiving office's code
 */
public record LaneSpec(ExpectedTransfer schedule, String sender, String receiver) {

    /**
     * Expands schedules over a directory and checks every flow against the matrix.
     *
     * @param schedules the schedules
     * @param directory the units
     * @param units the same units, indexed
     * @param flows the matrix, indexed
     * @return one lane per schedule, sender and receiver, in schedule then directory order
     * @throws ValidationException if a schedule names an unknown unit, expands to nothing, or
     *     expects a flow the matrix does not have
     */
    public static List<LaneSpec> expand(List<ExpectedTransfer> schedules, UnitDirectory directory, UnitIndex units,
            FlowIndex flows) {
        List<LaneSpec> lanes = new ArrayList<>();
        for (ExpectedTransfer s : schedules) {
            int before = lanes.size();
            for (UnitIndex.Unit sender : senders(s, directory, units)) {
                for (UnitIndex.Unit receiver : receivers(s, sender, directory, units)) {
                    TransferOperation op = s.cadence().daily() ? TransferOperation.RECEIVE : TransferOperation.EXPORT;
                    if (!UnitIndex.related(sender, receiver) || !flows.has(s.system(), sender.level(), receiver.level(), op)) {
                        throw new ValidationException("schedule", "Schedule " + s.id() + " expects " + s.system() + " data from "
                                + sender.office() + " (level " + sender.level() + ") to " + receiver.office() + " (level "
                                + receiver.level() + "), a flow the transfer matrix does not have: expected a flow with "
                                + op + " in the matrix, between a unit and one above or below it");
                    }
                    lanes.add(new LaneSpec(s, sender.office(), receiver.office()));
                }
            }
            if (lanes.size() == before) {
                throw new ValidationException("schedule", "Schedule " + s.id() + " expects no transfer at all in the "
                        + directory.era().id() + " directory: expected senders and receivers that exist");
            }
        }
        return List.copyOf(lanes);
    }

    private static List<UnitIndex.Unit> senders(ExpectedTransfer s, UnitDirectory directory, UnitIndex units) {
        if (!s.senders().everyUnit()) {
            return List.of(unit(s, s.senders().unit(), units));
        }
        List<UnitIndex.Unit> result = new ArrayList<>();
        for (CustomsUnit u : directory.atLevel(s.senders().level())) {
            if (u.kind() == UnitKind.OFFICE) {
                result.add(units.find(u.code()));
            }
        }
        return result;
    }

    private static List<UnitIndex.Unit> receivers(ExpectedTransfer s, UnitIndex.Unit sender, UnitDirectory directory,
            UnitIndex units) {
        ExpectedTransfer.Receivers r = s.receivers();
        switch (r.target()) {
            case PARENT -> {
                if (sender.parentOffice() == null) {
                    throw new ValidationException("schedule", "Schedule " + s.id() + " sends from " + sender.office()
                            + " to its parent, but " + sender.office() + " has none: expected senders below headquarters");
                }
                return List.of(sender.parentOffice());
            }
            case UNIT -> {
                return List.of(unit(s, r.unit(), units));
            }
            default -> {
                if (r.level() <= sender.level()) {
                    throw new ValidationException("schedule", "Schedule " + s.id() + " sends from " + sender.office()
                            + " (level " + sender.level() + ") to level " + r.level() + ": expected a level below the sender");
                }
                Set<UnitIndex.Unit> result = new LinkedHashSet<>();
                for (CustomsUnit u : directory.descendants(sender.office())) {
                    if (u.kind() == UnitKind.OFFICE && u.level() == r.level()) {
                        result.add(units.find(u.code()));
                    }
                }
                return List.copyOf(result);
            }
        }
    }

    private static UnitIndex.Unit unit(ExpectedTransfer s, String code, UnitIndex units) {
        UnitIndex.Unit unit = units.find(code);
        if (unit == null) {
            throw new ValidationException("schedule", "Schedule " + s.id() + " names unit " + code
                    + ", which is not in the unit directory: expected a known unit code");
        }
        return unit;
    }
}
