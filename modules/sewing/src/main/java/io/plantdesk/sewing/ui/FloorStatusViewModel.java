package io.plantdesk.sewing.ui;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.DemoFeeder;
import io.plantdesk.sewing.Downtime;
import io.plantdesk.sewing.DowntimeReason;
import io.plantdesk.sewing.DowntimeService;
import io.plantdesk.sewing.DowntimeStart;
import io.plantdesk.sewing.FloorFigures;
import io.plantdesk.sewing.FloorSetupService;
import io.plantdesk.sewing.FloorStatus;
import io.plantdesk.sewing.FloorStatus.Snapshot;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The floor status of the shift in progress: per line its output against the hourly target so
 * far, efficiency, operators present and the stops running; and the downtime actions (start, with
 * a breakdown opening a work order in maintenance, and stop), each with a fresh idempotency key.
 */
public final class FloorStatusViewModel {

    private final FloorStatus status;
    private final DowntimeService downtime;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OffsetDateTime> now = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty feeding = new SimpleBooleanProperty(true);
    private final DemoFeeder feeder;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Downtime> lastStarted = new ReadOnlyObjectWrapper<>();
    private final LoadState load = new LoadState();

    public FloorStatusViewModel(
            FloorFigures figures,
            FloorSetupService setup,
            DowntimeService downtime,
            DemoFeeder feeder,
            TaskRunner tasks,
            Clock clock) {
        this.status = new FloorStatus(figures, setup, downtime, feeder, clock);
        this.feeder = feeder;
        this.downtime = downtime;
        this.tasks = tasks;
        this.clock = clock;
        this.now.set(OffsetDateTime.now(clock));
    }

    /** The clock of the running stops' timers: the view calls it every second. */
    public void tick() {
        now.set(OffsetDateTime.now(clock));
    }

    /**
     * One step of the demo feeder, when this is the demo plant and the person has not switched it
     * off; what it writes comes back through the data versions like any other client's scans.
     */
    public void feed() {
        Snapshot s = snapshot.get();
        if (s == null || !s.demo() || !feeding.get()) {
            return;
        }
        tasks.latest("sewing.demo.feeder", feeder::step, n -> {}, e -> message.set(ErrorText.of(e)));
    }

    public void refresh() {
        if (snapshot.get() == null) {
            load.loading();
        }
        tasks.latest(
                "sewing.floor",
                this::loadNow,
                s -> {
                    snapshot.set(s);
                    load.loaded(s.allLines().isEmpty());
                },
                load::failed);
    }

    private Snapshot loadNow() {
        return status.load();
    }

    /** Starts a stop; a breakdown of a machine also opens its work order in maintenance. */
    public void start(UUID lineId, DowntimeReason reason, UUID machineId, String note) {
        if (lineId == null || reason == null) {
            message.set("");
            return;
        }
        DowntimeStart s = new DowntimeStart(UUID.randomUUID(), lineId, machineId, reason, note, null);
        tasks.run(
                "sewing.downtime.start",
                () -> downtime.start(s),
                d -> {
                    lastStarted.set(d);
                    message.set("");
                    refresh();
                },
                e -> message.set(ErrorText.of(e)));
    }

    public void stop(UUID downtimeId) {
        tasks.run(
                "sewing.downtime.stop",
                () -> downtime.stop(UUID.randomUUID(), downtimeId, null),
                d -> {
                    message.set("");
                    refresh();
                },
                e -> message.set(ErrorText.of(e)));
    }

    /** The moment the stops' timers count to, moved by {@link #tick}. */
    public ReadOnlyObjectProperty<OffsetDateTime> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** Whether the demo feeder moves the demo's shift on (the person can switch it off). */
    public BooleanProperty feedingProperty() {
        return feeding;
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
