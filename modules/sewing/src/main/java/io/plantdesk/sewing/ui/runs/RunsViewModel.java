package io.plantdesk.sewing.ui.runs;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.FloorSetupService;
import io.plantdesk.sewing.Line;
import io.plantdesk.sewing.RunDraft;
import io.plantdesk.sewing.RunRow;
import io.plantdesk.sewing.RunService;
import io.plantdesk.sewing.Style;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.time.Clock;
import java.time.LocalDate;
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
 * The plant's sewing runs a page at a time (newest start first, all lines or one) and the form
 * that creates or edits one. A save is checked field by field first; a refusal from the database
 * (a rule, another planner's save in between, a server that went away) keeps everything typed and
 * says why. After "someone else changed it" the form takes the run's new version, so saving again
 * puts the typed values over the other person's, knowingly.
 */
public final class RunsViewModel {

    static final int PAGE = 50;

    private final RunService runs;
    private final FloorSetupService setup;
    private final TaskRunner tasks;
    private final Clock clock;
    private final BiFunction<String, Object[], String> text;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Style> styles = FXCollections.observableArrayList();
    private final ObjectProperty<Line> filter = new SimpleObjectProperty<>();
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RunRow> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper keepsLineAndStyle = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper firstPage = new ReadOnlyBooleanWrapper(true);
    private final LoadState load = new LoadState();
    private final RunEdit form;
    private int offset;

    private record Lists(List<Line> lines, List<Style> styles) {}

    public RunsViewModel(
            RunService runs,
            FloorSetupService setup,
            TaskRunner tasks,
            Clock clock,
            BiFunction<String, Object[], String> text) {
        this.runs = runs;
        this.setup = setup;
        this.tasks = tasks;
        this.clock = clock;
        this.text = text;
        this.form = new RunEdit(text);
        form.clear(LocalDate.now(clock));
        filter.addListener((o, was, now) -> {
            offset = 0;
            page();
        });
    }

    /** Reads the plant's lines and styles (for the pickers), then the page of runs. */
    public void refresh() {
        load.loading();
        tasks.latest(
                "sewing.runs.lists",
                () -> new Lists(setup.lines(), setup.styles()),
                l -> {
                    lines.setAll(l.lines());
                    styles.setAll(l.styles());
                    page();
                },
                load::failed);
    }

    public void nextPage() {
        if (more.get()) {
            offset += PAGE;
            page();
        }
    }

    public void previousPage() {
        if (offset > 0) {
            offset = Math.max(0, offset - PAGE);
            page();
        }
    }

    private void page() {
        Line l = filter.get();
        int at = offset;
        load.loading();
        tasks.latest(
                "sewing.runs.page",
                // One more than a page says whether there is a next one.
                () -> runs.page(l == null ? null : l.id(), PAGE + 1, at),
                got -> {
                    firstPage.set(at == 0);
                    more.set(got.size() > PAGE);
                    rows.setAll(got.size() > PAGE ? got.subList(0, PAGE) : got);
                    pageText.set(
                            rows.isEmpty() ? "" : text.apply("runs.page", new Object[] {at + 1, at + rows.size()}));
                    load.loaded(rows.isEmpty());
                },
                load::failed);
    }

    /** An empty form for a new run (what was typed for another run is dropped on purpose). */
    public void newRun() {
        editing.set(null);
        keepsLineAndStyle.set(false);
        message.set("");
        form.clear(LocalDate.now(clock));
    }

    /** The chosen run in the form, to edit. */
    public void edit(RunRow r) {
        if (r == null) {
            return;
        }
        editing.set(r);
        keepsLineAndStyle.set(r.hasOutput());
        message.set(r.hasOutput() ? text.apply("runs.has.output", new Object[0]) : "");
        form.show(r, lines, styles);
    }

    /** Checks the form, then creates or saves the run; on a refusal the form keeps every value. */
    public void save() {
        if (saving.get()) {
            return;
        }
        Optional<RunDraft> checked = form.check(lines, styles);
        if (checked.isEmpty()) {
            message.set(text.apply("runs.check.fix", new Object[0]));
            return;
        }
        RunDraft d = checked.get();
        RunRow was = editing.get();
        saving.set(true);
        message.set("");
        tasks.run(
                "sewing.runs.save",
                () -> was == null ? runs.create(d) : runs.update(was.id(), was.version(), d),
                saved -> {
                    saving.set(false);
                    editing.set(saved);
                    keepsLineAndStyle.set(saved.hasOutput());
                    message.set(
                            text.apply(was == null ? "runs.created" : "runs.saved", new Object[] {saved.orderRef()}));
                    page();
                },
                e -> {
                    saving.set(false);
                    message.set(ErrorText.of(e));
                    if (was != null && RunService.isStale(e)) {
                        takeNewVersion(was);
                    }
                });
    }

    /** After another planner's save: the list shows theirs, the form keeps ours over their version. */
    private void takeNewVersion(RunRow was) {
        tasks.run(
                "sewing.runs.current",
                () -> runs.one(was.id()),
                now -> {
                    if (editing.get() != null && editing.get().id().equals(now.id())) {
                        editing.set(now);
                    }
                    page();
                },
                e -> page());
    }

    RunEdit form() {
        return form;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObservableList<Style> styles() {
        return styles;
    }

    /** The line the list shows, or null for every line. */
    public ObjectProperty<Line> filterProperty() {
        return filter;
    }

    public ObservableList<RunRow> rows() {
        return rows;
    }

    /** The run in the form, or null while a new one is being typed. */
    public ReadOnlyObjectProperty<RunRow> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** True for a run with output: its line and style stay as they were sewn. */
    public ReadOnlyBooleanProperty keepsLineAndStyleProperty() {
        return keepsLineAndStyle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty firstPageProperty() {
        return firstPage.getReadOnlyProperty();
    }

    public LoadState load() {
        return load;
    }
}
