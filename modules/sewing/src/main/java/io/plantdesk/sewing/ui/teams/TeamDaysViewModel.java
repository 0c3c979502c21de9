package io.plantdesk.sewing.ui.teams;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.FloorFigures;
import io.plantdesk.sewing.LineDay;
import io.plantdesk.sewing.TeamDay;
import io.plantdesk.sewing.TeamDayImport;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The team days between two dates, and the import of a team production file: read and written
 * by a task (the FX thread never waits), with progress; afterwards the dates jump to the days the
 * file held, so the teams' imported days show at once, and every row left out is listed with its
 * line number and reason. Beside the file's team days, the lines' days as the floor's day rollup
 * counts them (recorded days, and imported ones where the floor recorded nothing), so the person
 * sees what the dashboards make of the file.
 */
public final class TeamDaysViewModel {

    /** A row of the file left out: its line number and why, in the person's language. */
    public record Refused(int line, String reason) {}

    private record Loaded(List<TeamDay> teams, List<LineDay> lines) {}

    private final TeamDayImport importer;
    private final FloorFigures figures;
    private final TaskRunner tasks;
    private final BiFunction<String, Object[], String> text;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<TeamDay> rows = FXCollections.observableArrayList();
    private final ObservableList<LineDay> lineDays = FXCollections.observableArrayList();
    private final ObservableList<Refused> refused = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final LoadState load = new LoadState();
    private TaskRunner.Handle running;

    /**
     * @param text the screen's sentences by key and arguments (the view's bundle), for the
     *             progress and result lines
     */
    public TeamDaysViewModel(
            TeamDayImport importer,
            FloorFigures figures,
            TaskRunner tasks,
            Clock clock,
            BiFunction<String, Object[], String> text) {
        this.importer = importer;
        this.figures = figures;
        this.tasks = tasks;
        this.text = text;
        LocalDate today = LocalDate.now(clock);
        to.set(today);
        from.set(today.minusDays(30));
        from.addListener((o, was, now) -> refresh());
        to.addListener((o, was, now) -> refresh());
    }

    public void refresh() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        if (f == null || t == null) {
            return;
        }
        LocalDate lo = f.isAfter(t) ? t : f;
        LocalDate hi = f.isAfter(t) ? f : t;
        load.loading();
        tasks.latest(
                "sewing.team.days",
                () -> new Loaded(importer.days(lo, hi), figures.days(lo, hi)),
                loaded -> {
                    rows.setAll(loaded.teams());
                    lineDays.setAll(loaded.lines());
                    load.loaded(loaded.teams().isEmpty() && loaded.lines().isEmpty());
                },
                load::failed);
    }

    /** Imports {@code file} whole; a second import while one runs is ignored (the button is off). */
    public void importFile(Path file) {
        if (importing.get()) {
            return;
        }
        importing.set(true);
        progress.set(0);
        refused.clear();
        result.set(text.apply(
                "teams.import.reading", new Object[] {file.getFileName().toString()}));
        running = tasks.run(
                "sewing.team.import",
                p -> importer.importFile(file, new TeamDayImport.Progress() {
                    @Override
                    public void at(int done, int total) {
                        p.report(
                                total == 0 ? 1 : (double) done / total,
                                text.apply("teams.import.progress", new Object[] {done, total}));
                    }

                    @Override
                    public boolean cancelled() {
                        return p.cancelled();
                    }
                }),
                step -> {
                    progress.set(step.fraction());
                    result.set(step.message());
                },
                report -> {
                    importing.set(false);
                    progress.set(1);
                    refused.setAll(report.errors().stream()
                            .map(e -> new Refused(e.line(), ErrorText.render(e.reason())))
                            .toList());
                    String done = report.kind() == TeamDayImport.Kind.ATTENDANCE
                            ? "teams.import.done.attendance"
                            : "teams.import.done";
                    result.set(text.apply(done, new Object[] {
                        report.inserted(), report.updated(), report.errors().size()
                    }));
                    if (report.firstDay() != null) {
                        // Both dates at once: one reload, not two.
                        LocalDate first = report.firstDay();
                        LocalDate last = report.lastDay();
                        if (first.equals(from.get())) {
                            to.set(last);
                        } else {
                            to.set(null);
                            from.set(first);
                            to.set(last);
                        }
                    } else {
                        refresh();
                    }
                },
                e -> {
                    importing.set(false);
                    progress.set(0);
                    result.set(ErrorText.of(e));
                });
    }

    /**
     * Stops the import under way: its transaction is rolled back, so nothing of the file went in
     * (the file is taken whole or not at all), and the screen says so.
     */
    public void cancelImport() {
        TaskRunner.Handle r = running;
        if (!importing.get() || r == null) {
            return;
        }
        r.cancel();
        running = null;
        importing.set(false);
        progress.set(0);
        result.set(text.apply("teams.import.cancelled", new Object[0]));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<TeamDay> rows() {
        return rows;
    }

    /** The lines' days as the dashboards count them (the day rollup). */
    public ObservableList<LineDay> lineDays() {
        return lineDays;
    }

    public ObservableList<Refused> refused() {
        return refused;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** The import's progress, result or failure, in the person's language. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public LoadState load() {
        return load;
    }

    List<TeamDay> shown() {
        return List.copyOf(rows);
    }
}
