package io.plantdesk.sewing;

import io.plantdesk.maintenance.api.MachineRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * What the floor status screen shows, read in one go (its view model calls it off the FX thread;
 * the bench measures it): the shift in progress, per line its output against the hourly target so
 * far, its output per hour, efficiency, operators and running stops, and the lists the downtime
 * panel picks from.
 */
public final class FloorStatus {

    /**
     * One line's tile. {@code targetSoFar} is the hourly target times the shift's hours gone by;
     * {@code hourly} the output of each hour of the shift so far (the sparkline and the line's chart),
     * the first from the shift's start; {@code quality} the shift's DHU and the line's WIP now
     * (null for a line with none yet).
     */
    public record LineStatus(
            LineFigures figures,
            int hourlyTarget,
            long targetSoFar,
            List<DowntimeRow> stops,
            List<Long> hourly,
            LineQuality quality) {}

    /** What one refresh loads. {@code shift} is null when the plant has no shift calendar. */
    public record Snapshot(
            ShiftSpan shift,
            OffsetDateTime at,
            List<LineStatus> lines,
            List<DowntimeRow> running,
            List<Line> allLines,
            List<MachineRef> machines,
            boolean demo) {

        /** A machine's name from maintenance's register; null when it is not there (or not installed). */
        public String machineName(UUID machineId) {
            return machineId == null
                    ? null
                    : machines.stream()
                            .filter(x -> x.id().equals(machineId))
                            .map(MachineRef::name)
                            .findFirst()
                            .orElse(null);
        }

        public long output() {
            return lines.stream().mapToLong(l -> l.figures().output()).sum();
        }

        public long operators() {
            return lines.stream().mapToLong(l -> l.figures().operators()).sum();
        }

        /** The plant's efficiency: all earned minutes over all attended minutes; -1 when nobody attended. */
        public double efficiency() {
            long attended =
                    lines.stream().mapToLong(l -> l.figures().attendedMinutes()).sum();
            double earned = lines.stream()
                    .mapToDouble(l -> l.figures().earnedMinutes().doubleValue())
                    .sum();
            return attended == 0 ? -1 : earned * 100 / attended;
        }
    }

    private final FloorFigures figures;
    private final FloorSetupService setup;
    private final DowntimeService downtime;
    private final DemoFeeder feeder;
    private final Clock clock;

    public FloorStatus(
            FloorFigures figures, FloorSetupService setup, DowntimeService downtime, DemoFeeder feeder, Clock clock) {
        this.figures = figures;
        this.setup = setup;
        this.downtime = downtime;
        this.feeder = feeder;
        this.clock = clock;
    }

    /** Everything from one login's Jdbi (maintenance's work requests are not needed to read). */
    public FloorStatus(Jdbi jdbi, Clock clock) {
        this(
                new FloorFigures(jdbi, clock),
                new FloorSetupService(jdbi, clock),
                new DowntimeService(jdbi, clock, Optional.empty()),
                new DemoFeeder(jdbi, clock),
                clock);
    }

    /**
     * The whole floor screen's read: the shift now, every line's figures and hours, the stops. One
     * transaction on one connection when the parts share one Jdbi (as the screen and the bench build
     * them), so the tiles are of one moment.
     */
    public Snapshot load() {
        return figures.inOneRead(this::read);
    }

    private Snapshot read() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ShiftSpan shift = figures.currentShift().orElse(null);
        List<Line> lines = setup.lines();
        List<DowntimeRow> running = downtime.running();
        Map<UUID, Line> byId = lines.stream().collect(Collectors.toMap(Line::id, Function.identity()));
        // The tiles' figures, quality, WIP and hours: one statement (they were three reads).
        List<LineStatus> status = shift == null
                ? List.of()
                : figures.floorLines(shift.startsAt(), shift.endsAt()).stream()
                        .map(t -> {
                            LineFigures f = t.figures();
                            int target = byId.containsKey(f.lineId())
                                    ? byId.get(f.lineId()).hourlyTarget()
                                    : 0;
                            long minutes = Math.max(
                                    0, Duration.between(shift.startsAt(), now).toMinutes());
                            long total = Duration.between(shift.startsAt(), shift.endsAt())
                                    .toMinutes();
                            long soFar = shift.name() == null ? 0 : target * Math.min(minutes, total) / 60;
                            return new LineStatus(
                                    f,
                                    target,
                                    soFar,
                                    running.stream()
                                            .filter(d -> d.lineId().equals(f.lineId()))
                                            .toList(),
                                    hourly(shift, now, t.hourly()),
                                    t.quality());
                        })
                        .toList();
        return new Snapshot(shift, now, status, running, lines, setup.machines(), feeder.available());
    }

    /** Output per hour from the shift's start to the hour now is in (hours without output are 0). */
    static List<Long> hourly(ShiftSpan shift, OffsetDateTime now, Map<OffsetDateTime, Long> byHour) {
        List<Long> out = new ArrayList<>();
        OffsetDateTime end = now.isBefore(shift.endsAt()) ? now : shift.endsAt();
        Map<Instant, Long> at = new HashMap<>();
        byHour.forEach((k, v) -> at.merge(k.toInstant(), v, Long::sum));
        OffsetDateTime hour = shift.startsAt().truncatedTo(ChronoUnit.HOURS);
        for (; hour.isBefore(end); hour = hour.plusHours(1)) {
            out.add(at.getOrDefault(hour.toInstant(), 0L));
        }
        return List.copyOf(out);
    }
}
