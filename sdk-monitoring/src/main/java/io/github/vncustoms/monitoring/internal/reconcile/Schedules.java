package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import io.github.vncustoms.monitoring.reconcile.ExpectedTransfer;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The expected transfers of one session: one lane per schedule, sender and receiver, each deciding
 * its slots in time order. Evidence is kept per slot (interval) or per day (daily deadline) and
 * dropped once the slot or day is decided, so memory stays with the slots still open. Not
 * thread-safe.
 */
final class Schedules {
    private final Map<String, Map<String, Map<String, List<Lane>>>> index = new HashMap<>();
    private final PriorityQueue<Lane> queue = new PriorityQueue<>(Comparator.comparing((Lane l) -> l.nextDecision));
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Duration settleAfter;
    private final Texts texts;

    Schedules(List<LaneSpec> specs, Instant start, WorkingCalendar calendar, Duration settleAfter, Texts texts) {
        this.calendar = calendar;
        this.zone = calendar.zone();
        this.settleAfter = settleAfter;
        this.texts = texts;
        for (LaneSpec spec : specs) {
            Lane lane = spec.schedule().cadence().daily() ? new DailyLane(spec, start) : new IntervalLane(spec, start);
            index.computeIfAbsent(spec.schedule().system(), k -> new HashMap<>())
                    .computeIfAbsent(spec.sender(), k -> new HashMap<>())
                    .computeIfAbsent(spec.receiver(), k -> new ArrayList<>()).add(lane);
            lane.schedule();
            queue.add(lane);
        }
    }

    boolean covers(String system) {
        return index.containsKey(system);
    }

    void export(ExportRun run, String sender, String receiver) {
        for (Lane lane : lanes(run.system(), sender, receiver)) {
            lane.export(run);
        }
    }

    void receipt(FileReceived receipt, String sender, String receiver) {
        for (Lane lane : lanes(receipt.system(), sender, receiver)) {
            lane.receipt(receipt);
        }
    }

    /** Decides every slot whose decision time is at or before the watermark. */
    void advanceTo(Instant watermark, Consumer<Discrepancy> sink) {
        while (!queue.isEmpty() && !queue.peek().nextDecision.isAfter(watermark)) {
            Lane lane = queue.poll();
            Discrepancy d = lane.decide();
            if (d != null) {
                sink.accept(d);
            }
            lane.schedule();
            queue.add(lane);
        }
    }

    /** Decides every slot whose deadline is at or before the end, with what is known. */
    void finish(Instant end, Consumer<Discrepancy> sink) {
        for (Lane lane : queue) {
            while (!lane.nextDeadline.isAfter(end)) {
                Discrepancy d = lane.decide();
                if (d != null) {
                    sink.accept(d);
                }
                lane.schedule();
            }
        }
        queue.clear();
    }

    private List<Lane> lanes(String system, String sender, String receiver) {
        Map<String, Map<String, List<Lane>>> bySender = index.get(system);
        Map<String, List<Lane>> byReceiver = bySender == null ? null : bySender.get(sender);
        List<Lane> lanes = byReceiver == null ? null : byReceiver.get(receiver);
        return lanes == null ? List.of() : lanes;
    }

    private abstract static class Lane {
        final LaneSpec spec;
        final ExpectedTransfer schedule;
        Instant nextDeadline;
        Instant nextDecision;

        Lane(LaneSpec spec) {
            this.spec = spec;
            this.schedule = spec.schedule();
        }

        void export(ExportRun run) {
        }

        void receipt(FileReceived receipt) {
        }

        /** Computes {@link #nextDeadline} and {@link #nextDecision} of the next slot to decide. */
        abstract void schedule();

        /** Decides the next slot and moves past it. */
        abstract Discrepancy decide();
    }

    /** Every interval from local midnight: each slot expects an export run within it. */
    private final class IntervalLane extends Lane {
        private final long step;
        private final TreeSet<Long> seen = new TreeSet<>();
        private long next;

        IntervalLane(LaneSpec spec, Instant start) {
            super(spec);
            this.step = schedule.cadence().interval().getSeconds();
            long local = localSeconds(start);
            this.next = Math.floorDiv(local, step) + (Math.floorMod(local, step) != 0 || start.getNano() != 0 ? 1 : 0);
        }

        @Override
        void export(ExportRun run) {
            long slot = Math.floorDiv(localSeconds(run.exportedAt()), step);
            if (slot >= next) {
                seen.add(slot);
            }
        }

        @Override
        void schedule() {
            nextDeadline = instant(next + 1);
            nextDecision = nextDeadline;
        }

        @Override
        Discrepancy decide() {
            long slot = next++;
            boolean found = seen.remove(slot);
            seen.headSet(slot).clear();
            Instant start = instant(slot);
            if (found || schedule.cadence().workingHoursOnly() && !calendar.isWithinWorkingHours(start)) {
                return null;
            }
            Instant end = instant(slot + 1);
            String cadence = texts.text(schedule.cadence().workingHoursOnly() ? "cadence.everyWorking" : "cadence.every",
                    texts.duration(schedule.cadence().interval()));
            return texts.discrepancy(DiscrepancyKind.EXPECTED_RUN_MISSING, "runMissing.interval",
                    "runMissing.interval.detail", end, schedule.system(), spec.sender(), spec.receiver(), "", "",
                    schedule.id(), start, end, cadence);
        }

        private Instant instant(long slot) {
            return LocalDateTime.ofEpochSecond(slot * step, 0, ZoneOffset.UTC).atZone(zone).toInstant();
        }

        private long localSeconds(Instant t) {
            return t.getEpochSecond() + zone.getRules().getOffset(t).getTotalSeconds();
        }
    }

    /** By a local time on each working day: the receiver expects a receipt from midnight to then. */
    private final class DailyLane extends Lane {
        private static final Comparator<FileReceived> FIRST = Comparator.comparing(FileReceived::endedAt)
                .thenComparing(FileReceived::runId).thenComparing(FileReceived::fileName)
                .thenComparing(FileReceived::fromUnit);

        private final LocalTime deadline;
        private final TreeMap<LocalDate, FileReceived> firstByDay = new TreeMap<>();
        private LocalDate next;

        DailyLane(LaneSpec spec, Instant start) {
            super(spec);
            this.deadline = schedule.cadence().deadline();
            LocalDateTime local = LocalDateTime.ofInstant(start, zone);
            this.next = local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        }

        @Override
        void receipt(FileReceived receipt) {
            LocalDate day = LocalDate.ofInstant(receipt.endedAt(), zone);
            if (!day.isBefore(next)) {
                firstByDay.merge(day, receipt, (a, b) -> FIRST.compare(a, b) <= 0 ? a : b);
            }
        }

        @Override
        void schedule() {
            while (!calendar.isWorkingDay(next)) {
                next = next.plusDays(1);
            }
            nextDeadline = next.atTime(deadline).atZone(zone).toInstant();
            nextDecision = nextDeadline.plus(settleAfter);
        }

        @Override
        Discrepancy decide() {
            LocalDate day = next;
            Instant due = nextDeadline;
            Instant limit = nextDecision;
            Map.Entry<LocalDate, FileReceived> first = firstByDay.ceilingEntry(day);
            firstByDay.headMap(day, true).clear();
            next = day.plusDays(1);
            FileReceived r = first == null ? null : first.getValue();
            if (r != null && !r.endedAt().isAfter(due)) {
                return null;
            }
            if (r != null && !r.endedAt().isAfter(limit)) {
                return texts.discrepancy(DiscrepancyKind.LATE, "late.schedule", "late.schedule.detail", r.endedAt(),
                        schedule.system(), spec.sender(), spec.receiver(), r.runId(), r.fileName(),
                        schedule.id(), due, r.endedAt(), Duration.between(due, r.endedAt()));
            }
            return texts.discrepancy(DiscrepancyKind.EXPECTED_RUN_MISSING, "runMissing.daily", "runMissing.daily.detail",
                    due, schedule.system(), spec.sender(), spec.receiver(), "", "", schedule.id(), due, limit);
        }
    }
}
