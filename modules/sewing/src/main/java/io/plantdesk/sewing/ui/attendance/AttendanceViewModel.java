package io.plantdesk.sewing.ui.attendance;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.AttendanceEntry;
import io.plantdesk.sewing.AttendanceService;
import io.plantdesk.sewing.FloorFigures;
import io.plantdesk.sewing.FloorSetupService;
import io.plantdesk.sewing.Line;
import io.plantdesk.sewing.ShiftSpan;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A line's attendance sheet for one shift of the plant's calendar (the current one at first; back
 * and forward by shift). Ticking a person present fills the shift's length; "Everyone present"
 * ticks all. Save checks every line first (the database's ranges), then writes the sheet in one
 * transaction; a refusal (a closed shift, say) leaves every typed value on the screen.
 */
public final class AttendanceViewModel {

    /** How far a step looks for the next named shift (a plant closed for a fortnight). */
    private static final int STEPS = 30;

    private final AttendanceService attendance;
    private final FloorSetupService setup;
    private final FloorFigures figures;
    private final TaskRunner tasks;
    private final BiFunction<String, Object[], String> text;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<Line> line = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ShiftSpan> shift = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SheetRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final LoadState load = new LoadState();

    private record Sheet(ShiftSpan shift, List<AttendanceEntry> entries) {}

    public AttendanceViewModel(
            AttendanceService attendance,
            FloorSetupService setup,
            FloorFigures figures,
            TaskRunner tasks,
            BiFunction<String, Object[], String> text) {
        this.attendance = attendance;
        this.setup = setup;
        this.figures = figures;
        this.tasks = tasks;
        this.text = text;
        line.addListener((o, was, now) -> {
            if (now != null) {
                ShiftSpan s = shift.get();
                go(() -> s != null
                        ? s
                        : named(figures.currentShift().orElseThrow().startsAt(), false));
            }
        });
    }

    /** Reads the lines (keeping the one chosen), then its sheet. */
    public void refresh() {
        tasks.latest(
                "sewing.attendance.lines",
                setup::lines,
                loaded -> {
                    Line was = line.get();
                    lines.setAll(loaded);
                    Line keep = was == null
                            ? null
                            : loaded.stream()
                                    .filter(l -> l.id().equals(was.id()))
                                    .findFirst()
                                    .orElse(null);
                    if (keep == null && !loaded.isEmpty()) {
                        line.set(loaded.getFirst());
                    } else if (keep == null) {
                        load.loaded(true);
                    }
                },
                load::failed);
    }

    public void previous() {
        ShiftSpan s = shift.get();
        if (s != null) {
            go(() -> named(s.startsAt().minusSeconds(1), false));
        }
    }

    public void next() {
        ShiftSpan s = shift.get();
        if (s != null) {
            go(() -> named(s.endsAt(), true));
        }
    }

    /** Ticks everyone present for the whole shift, keeping minutes already typed. */
    public void everyonePresent() {
        rows.forEach(r -> r.presentProperty().set(true));
    }

    /** Checks every line, then saves the sheet; on a refusal nothing typed is lost. */
    public void save() {
        Line l = line.get();
        ShiftSpan s = shift.get();
        if (l == null || s == null || saving.get()) {
            return;
        }
        List<AttendanceEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (SheetRow r : rows) {
            Optional<AttendanceEntry> e = r.check(text);
            e.ifPresentOrElse(
                    entries::add, () -> problems.add(r.problemProperty().get()));
        }
        if (!problems.isEmpty()) {
            message.set(String.join(" ", problems));
            return;
        }
        saving.set(true);
        message.set("");
        tasks.run(
                "sewing.attendance.save",
                () -> {
                    attendance.saveSheet(l.id(), s.startsAt(), entries);
                    return entries.stream().filter(AttendanceEntry::present).count();
                },
                present -> {
                    saving.set(false);
                    message.set(text.apply("att.saved", new Object[] {present, entries.size()}));
                },
                e -> {
                    saving.set(false);
                    message.set(ErrorText.of(e));
                });
    }

    private interface ShiftFinder {
        ShiftSpan find();
    }

    private void go(ShiftFinder finder) {
        Line l = line.get();
        if (l == null) {
            return;
        }
        load.loading();
        message.set("");
        tasks.latest(
                "sewing.attendance.sheet",
                () -> {
                    ShiftSpan s = finder.find();
                    return new Sheet(s, attendance.sheet(l.id(), s.startsAt()));
                },
                sheet -> {
                    shift.set(sheet.shift());
                    int length = (int) Duration.between(
                                    sheet.shift().startsAt(), sheet.shift().endsAt())
                            .toMinutes();
                    List<SheetRow> loaded =
                            sheet.entries().stream().map(SheetRow::new).toList();
                    // Ticking a person fills the shift's length if nothing was typed.
                    loaded.forEach(r -> r.presentProperty().addListener((o, was, now) -> {
                        if (now && r.minutesProperty().get().isBlank()) {
                            r.minutesProperty().set(Integer.toString(length));
                        }
                    }));
                    rows.setAll(loaded);
                    load.loaded(loaded.isEmpty());
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

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObjectProperty<Line> lineProperty() {
        return line;
    }

    public ReadOnlyObjectProperty<ShiftSpan> shiftProperty() {
        return shift.getReadOnlyProperty();
    }

    public ObservableList<SheetRow> rows() {
        return rows;
    }

    /** What the last save did or why it was refused; empty while nothing was tried. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public LoadState load() {
        return load;
    }
}
