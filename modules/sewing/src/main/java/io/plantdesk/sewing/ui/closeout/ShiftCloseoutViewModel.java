package io.plantdesk.sewing.ui.closeout;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.FloorFigures;
import io.plantdesk.sewing.LateScan;
import io.plantdesk.sewing.LineFigures;
import io.plantdesk.sewing.LineQuality;
import io.plantdesk.sewing.QualityService;
import io.plantdesk.sewing.ShiftClose;
import io.plantdesk.sewing.ShiftCloseService;
import io.plantdesk.sewing.ShiftSpan;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One shift of the plant's calendar at a time (the last one that ended, at first): its figures
 * per line counted from the raw rows, its late scans, and whether it is closed. Closing accepts
 * exactly the late scans shown; if more arrived meanwhile the database refuses and the screen
 * shows them. Reopening needs a reason.
 */
public final class ShiftCloseoutViewModel {

    /** A line's production and quality in the shift. */
    public record LineRow(LineFigures figures, LineQuality quality) {}

    private record Loaded(ShiftSpan shift, List<LineRow> rows, List<LateScan> late, Optional<ShiftClose> state) {}

    /** How far back or ahead a step looks for the next named shift (a plant closed for a fortnight). */
    private static final int STEPS = 30;

    private final FloorFigures figures;
    private final QualityService quality;
    private final ShiftCloseService closes;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ShiftSpan> shift = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ShiftClose> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper();
    private final ObservableList<LineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LateScan> late = FXCollections.observableArrayList();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final LoadState load = new LoadState();

    public ShiftCloseoutViewModel(
            FloorFigures figures, QualityService quality, ShiftCloseService closes, TaskRunner tasks, Clock clock) {
        this.figures = figures;
        this.quality = quality;
        this.closes = closes;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Reloads the shift shown, or finds the last ended one when none is shown yet. */
    public void refresh() {
        ShiftSpan shown = shift.get();
        go(() -> shown != null
                ? shown
                : named(figures.currentShift().orElseThrow().startsAt().minusSeconds(1), false));
    }

    public void previous() {
        ShiftSpan shown = shift.get();
        if (shown != null) {
            go(() -> named(shown.startsAt().minusSeconds(1), false));
        }
    }

    public void next() {
        ShiftSpan shown = shift.get();
        if (shown != null) {
            go(() -> named(shown.endsAt(), true));
        }
    }

    /** Closes the shown shift, accepting the late scans listed. */
    public void close() {
        ShiftSpan s = shift.get();
        int seen = late.size();
        if (s == null) {
            return;
        }
        message.set("");
        tasks.run("sewing.closeout.close", () -> closes.close(s.startsAt(), seen), c -> refresh(), e -> {
            message.set(ErrorText.of(e));
            refresh();
        });
    }

    public void reopen() {
        ShiftSpan s = shift.get();
        String why = reason.get() == null ? "" : reason.get();
        if (s == null) {
            return;
        }
        message.set("");
        tasks.run(
                "sewing.closeout.reopen",
                () -> {
                    closes.reopen(s.startsAt(), why);
                    return s;
                },
                done -> {
                    reason.set("");
                    refresh();
                },
                e -> message.set(ErrorText.of(e)));
    }

    private interface ShiftFinder {
        ShiftSpan find();
    }

    private void go(ShiftFinder finder) {
        if (shift.get() == null) {
            load.loading();
        }
        tasks.latest(
                "sewing.closeout",
                () -> {
                    ShiftSpan s = finder.find();
                    Map<UUID, LineQuality> q = quality.live(s.startsAt(), s.endsAt()).stream()
                            .collect(Collectors.toMap(LineQuality::lineId, Function.identity()));
                    List<LineRow> lines = figures.live(s.startsAt(), s.endsAt()).stream()
                            .map(f -> new LineRow(f, q.get(f.lineId())))
                            .toList();
                    return new Loaded(s, lines, closes.lateScans(s.startsAt()), closes.state(s.startsAt()));
                },
                l -> {
                    shift.set(l.shift());
                    rows.setAll(l.rows());
                    late.setAll(l.late());
                    state.set(l.state().orElse(null));
                    ended.set(!l.shift().endsAt().isAfter(OffsetDateTime.now(clock)));
                    load.loaded(false);
                },
                load::failed);
    }

    /** The nearest named shift from {@code at}, going back or forward over time in no shift. */
    private ShiftSpan named(OffsetDateTime at, boolean forward) {
        ShiftSpan s = figures.shiftAt(at).orElseThrow();
        for (int i = 0; i < STEPS && s.name() == null; i++) {
            s = figures.shiftAt(forward ? s.endsAt() : s.startsAt().minusSeconds(1))
                    .orElseThrow();
        }
        return s;
    }

    public ReadOnlyObjectProperty<ShiftSpan> shiftProperty() {
        return shift.getReadOnlyProperty();
    }

    /** The close-out state; null while the shift was never closed. */
    public ReadOnlyObjectProperty<ShiftClose> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }

    public ObservableList<LineRow> rows() {
        return rows;
    }

    public ObservableList<LateScan> late() {
        return late;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The last refusal, in words; empty after a success. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public LoadState load() {
        return load;
    }
}
