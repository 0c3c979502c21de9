package io.plantdesk.sewing.ui;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.Downtime;
import io.plantdesk.sewing.DowntimeReason;
import io.plantdesk.sewing.DowntimeRow;
import io.plantdesk.sewing.DowntimeService;
import io.plantdesk.sewing.DowntimeStart;
import io.plantdesk.sewing.FloorFigures;
import io.plantdesk.sewing.FloorSetupService;
import io.plantdesk.sewing.Line;
import io.plantdesk.sewing.LineFigures;
import io.plantdesk.sewing.LineQuality;
import io.plantdesk.sewing.Machine;
import io.plantdesk.sewing.ShiftSpan;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The floor status of the shift in progress: per line its output against the hourly target so
 * far, efficiency, operators present and the stops running; and the downtime actions (start, with
 * a breakdown opening a work order in maintenance, and stop), each with a fresh idempotency key.
 */
public final class FloorStatusViewModel {

    /**
     * One line's tile. {@code targetSoFar} is the hourly target times the shift's hours gone by;
     * {@code quality} the shift's DHU and the line's WIP now (null for a line with none yet).
     */
    public record LineStatus(LineFigures figures, int hourlyTarget, long targetSoFar, List<DowntimeRow> stops,
                             LineQuality quality) {
    }

    /** What one refresh loads. {@code shift} is null when the plant has no shift calendar. */
    public record Snapshot(ShiftSpan shift, OffsetDateTime at, List<LineStatus> lines, List<DowntimeRow> running,
                           List<Line> allLines, List<Machine> machines) {

        public long output() {
            return lines.stream().mapToLong(l -> l.figures().output()).sum();
        }

        public long operators() {
            return lines.stream().mapToLong(l -> l.figures().operators()).sum();
        }

        /** The plant's efficiency: all earned minutes over all attended minutes; -1 when nobody attended. */
        public double efficiency() {
            long attended = lines.stream().mapToLong(l -> l.figures().attendedMinutes()).sum();
            double earned = lines.stream().mapToDouble(l -> l.figures().earnedMinutes().doubleValue()).sum();
            return attended == 0 ? -1 : earned * 100 / attended;
        }
    }

    private final FloorFigures figures;
    private final FloorSetupService setup;
    private final DowntimeService downtime;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Downtime> lastStarted = new ReadOnlyObjectWrapper<>();
    private final LoadState load = new LoadState();

    public FloorStatusViewModel(FloorFigures figures, FloorSetupService setup, DowntimeService downtime, TaskRunner tasks,
                                Clock clock) {
        this.figures = figures;
        this.setup = setup;
        this.downtime = downtime;
        this.tasks = tasks;
        this.clock = clock;
    }

    public void refresh() {
        if (snapshot.get() == null) {
            load.loading();
        }
        tasks.latest("sewing.floor", this::loadNow, s -> {
            snapshot.set(s);
            load.loaded(s.allLines().isEmpty());
        }, load::failed);
    }

    private Snapshot loadNow() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ShiftSpan shift = figures.currentShift().orElse(null);
        List<Line> lines = setup.lines();
        List<DowntimeRow> running = downtime.running();
        Map<UUID, Line> byId = lines.stream().collect(Collectors.toMap(Line::id, Function.identity()));
        Map<UUID, LineQuality> quality = shift == null ? Map.of() : figures.liveQuality(shift.startsAt(), shift.endsAt())
                .stream().collect(Collectors.toMap(LineQuality::lineId, Function.identity()));
        List<LineStatus> status = shift == null ? List.of() : figures.live(shift.startsAt(), shift.endsAt()).stream()
                .map(f -> {
                    int target = byId.containsKey(f.lineId()) ? byId.get(f.lineId()).hourlyTarget() : 0;
                    long minutes = Math.max(0, Duration.between(shift.startsAt(), now).toMinutes());
                    long total = Duration.between(shift.startsAt(), shift.endsAt()).toMinutes();
                    long soFar = shift.name() == null ? 0 : target * Math.min(minutes, total) / 60;
                    return new LineStatus(f, target, soFar,
                            running.stream().filter(d -> d.lineId().equals(f.lineId())).toList(), quality.get(f.lineId()));
                }).toList();
        return new Snapshot(shift, now, status, running, lines, setup.machines());
    }

    /** Starts a stop; a breakdown of a machine also opens its work order in maintenance. */
    public void start(UUID lineId, DowntimeReason reason, UUID machineId, String note) {
        if (lineId == null || reason == null) {
            message.set("");
            return;
        }
        DowntimeStart s = new DowntimeStart(UUID.randomUUID(), lineId, machineId, reason, note, null);
        tasks.run("sewing.downtime.start", () -> downtime.start(s), d -> {
            lastStarted.set(d);
            message.set("");
            refresh();
        }, e -> message.set(ErrorText.of(e)));
    }

    public void stop(UUID downtimeId) {
        tasks.run("sewing.downtime.stop", () -> downtime.stop(UUID.randomUUID(), downtimeId, null), d -> {
            message.set("");
            refresh();
        }, e -> message.set(ErrorText.of(e)));
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The last refusal of a downtime action, in the person's language; empty when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The stop started last (its work order number shows). */
    public ReadOnlyObjectProperty<Downtime> lastStartedProperty() {
        return lastStarted.getReadOnlyProperty();
    }

    public LoadState load() {
        return load;
    }
}
