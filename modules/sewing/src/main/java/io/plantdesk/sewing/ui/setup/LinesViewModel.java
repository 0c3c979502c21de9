package io.plantdesk.sewing.ui.setup;

import io.plantdesk.maintenance.api.MachineRef;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.LineDraft;
import io.plantdesk.sewing.LineSetupService;
import io.plantdesk.sewing.SetupLine;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lines half of the set-up screen: the plant's lines and one form (a new line, or the line
 * chosen). Save checks each field first and names what is wrong beside it (the database's own
 * rules: code pattern, unique code, name length, target range); a refusal or a stale save leaves
 * every typed value in the form and says why.
 */
public final class LinesViewModel {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,19}");
    static final int MAX_TARGET = 100_000;

    private final LineSetupService service;
    private final TaskRunner tasks;
    private final BiFunction<String, Object[], String> text;
    private final boolean canEdit;
    private final ObservableList<SetupLine> lines = FXCollections.observableArrayList();
    private final ObservableList<MachineChoice> machines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SetupLine> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("0");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty codeProblem = new SimpleStringProperty("");
    private final StringProperty nameProblem = new SimpleStringProperty("");
    private final StringProperty targetProblem = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper();
    private final LoadState load = new LoadState();

    private record Form(List<MachineRef> machines, List<UUID> chosen, Map<UUID, String> lineOfMachine) {}

    public LinesViewModel(
            LineSetupService service, TaskRunner tasks, BiFunction<String, Object[], String> text, boolean canEdit) {
        this.service = service;
        this.tasks = tasks;
        this.text = text;
        this.canEdit = canEdit;
    }

    /** Reads the lines again; the form keeps what is typed in it. */
    public void refresh() {
        tasks.latest(
                "sewing.setup.lines",
                service::lines,
                loaded -> {
                    lines.setAll(loaded);
                    load.loaded(loaded.isEmpty());
                    if (machines.isEmpty() && editing.get() == null) {
                        startNew();
                    }
                },
                load::failed);
    }

    /** An empty form for a new line (the plant's machines offered, none ticked). */
    public void startNew() {
        editing.set(null);
        code.set("");
        name.set("");
        target.set("0");
        active.set(true);
        clearProblems();
        loadMachines(null);
    }

    /** The chosen line in the form, with its machines ticked. */
    public void edit(SetupLine line) {
        if (line == null) {
            return;
        }
        editing.set(line);
        code.set(line.code());
        name.set(line.name());
        target.set(Integer.toString(line.hourlyTarget()));
        active.set(line.active());
        clearProblems();
        loadMachines(line.id());
    }

    private void loadMachines(UUID lineId) {
        machines.clear();
        tasks.latest(
                "sewing.setup.line.machines",
                () -> new Form(
                        service.machines(),
                        lineId == null ? List.of() : service.machinesOf(lineId),
                        service.machineLines()),
                form -> machines.setAll(form.machines().stream()
                        .map(m -> {
                            String on = form.lineOfMachine().get(m.id());
                            boolean mine = form.chosen().contains(m.id());
                            return new MachineChoice(m, mine ? null : on, mine);
                        })
                        .toList()),
                e -> message.set(ErrorText.of(e)));
    }

    /** Checks the form, then creates or saves the line; on a refusal nothing typed is lost. */
    public void save() {
        if (!canEdit || saving.get()) {
            return;
        }
        LineDraft draft = check();
        if (draft == null) {
            refused.set(true);
            message.set(text.apply("setup.check.form", new Object[0]));
            return;
        }
        SetupLine was = editing.get();
        saving.set(true);
        message.set("");
        tasks.run(
                "sewing.setup.line.save",
                () -> service.saveLine(was == null ? null : was.id(), was == null ? 0 : was.version(), draft),
                saved -> {
                    saving.set(false);
                    editing.set(saved);
                    refused.set(false);
                    message.set(text.apply("setup.line.saved", new Object[] {saved.code()}));
                    refresh();
                    loadMachines(saved.id());
                },
                e -> {
                    saving.set(false);
                    refused.set(true);
                    message.set(ErrorText.of(e));
                });
    }

    /** The draft, or null with each wrong field's sentence set beside it. */
    LineDraft check() {
        clearProblems();
        String c = code.get().strip();
        SetupLine was = editing.get();
        if (!CODE.matcher(c).matches()) {
            codeProblem.set(text.apply("setup.line.code.check", new Object[0]));
        } else if (lines.stream()
                .anyMatch(l -> l.active()
                        && (was == null || !l.id().equals(was.id()))
                        && l.code().toLowerCase(Locale.ROOT).equals(c.toLowerCase(Locale.ROOT)))) {
            codeProblem.set(text.apply("setup.line.code.taken", new Object[] {c}));
        }
        String n = name.get().strip();
        if (n.isEmpty() || n.length() > 80) {
            nameProblem.set(text.apply("setup.line.name.check", new Object[0]));
        }
        Integer t = Numbers.whole(target.get(), 0, MAX_TARGET);
        if (t == null) {
            targetProblem.set(text.apply("setup.line.target.check", new Object[] {MAX_TARGET}));
        }
        if (!codeProblem.get().isEmpty() || !nameProblem.get().isEmpty() || t == null) {
            return null;
        }
        List<UUID> chosen = machines.stream()
                .filter(m -> m.chosen().get())
                .map(m -> m.machine().id())
                .toList();
        return new LineDraft(c, n, t, active.get(), chosen);
    }

    private void clearProblems() {
        codeProblem.set("");
        nameProblem.set("");
        targetProblem.set("");
        message.set("");
    }

    public boolean canEdit() {
        return canEdit;
    }

    public ObservableList<SetupLine> lines() {
        return lines;
    }

    public ObservableList<MachineChoice> machines() {
        return machines;
    }

    /** The line in the form; null while it is a new one. */
    public ReadOnlyObjectProperty<SetupLine> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty codeProblemProperty() {
        return codeProblem;
    }

    public StringProperty nameProblemProperty() {
        return nameProblem;
    }

    public StringProperty targetProblemProperty() {
        return targetProblem;
    }

    /** What the last save did or why it was refused. */
    public StringProperty messageProperty() {
        return message;
    }

    /** Whether the message is a refusal (a problem to fix) rather than what a save did. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public LoadState load() {
        return load;
    }
}
