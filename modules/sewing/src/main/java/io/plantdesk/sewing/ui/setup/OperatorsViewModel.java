package io.plantdesk.sewing.ui.setup;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.LineSetupService;
import io.plantdesk.sewing.OperatorEntry;
import io.plantdesk.sewing.PlantPerson;
import io.plantdesk.sewing.SetupLine;
import io.plantdesk.sewing.SetupOperator;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The operators half of the set-up screen. An operator is a person of the plant (the People
 * screen makes people): "New operator" picks one who is not an operator yet and gives them an
 * employee number (unique in the plant), a skill level, a line and whether they sew now. Checked
 * before sending, held by the database; a refusal keeps what was typed.
 */
public final class OperatorsViewModel {

    static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,19}");
    static final List<Integer> SKILLS = List.of(1, 2, 3, 4, 5);

    private final LineSetupService service;
    private final TaskRunner tasks;
    private final BiFunction<String, Object[], String> text;
    private final boolean canEdit;
    private final ObservableList<SetupOperator> operators = FXCollections.observableArrayList();
    private final ObservableList<PlantPerson> people = FXCollections.observableArrayList();
    private final ObservableList<SetupLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SetupOperator> editing = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<PlantPerson> person = new SimpleObjectProperty<>();
    private final StringProperty employeeNo = new SimpleStringProperty("");
    private final ObjectProperty<Integer> skill = new SimpleObjectProperty<>(1);
    private final ObjectProperty<SetupLine> line = new SimpleObjectProperty<>();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty personProblem = new SimpleStringProperty("");
    private final StringProperty employeeNoProblem = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper();
    private final LoadState load = new LoadState();

    private record Loaded(List<SetupOperator> operators, List<PlantPerson> people, List<SetupLine> lines) {}

    public OperatorsViewModel(
            LineSetupService service, TaskRunner tasks, BiFunction<String, Object[], String> text, boolean canEdit) {
        this.service = service;
        this.tasks = tasks;
        this.text = text;
        this.canEdit = canEdit;
    }

    /** Reads operators, the people who could become one and the lines; the form keeps its text. */
    public void refresh() {
        tasks.latest(
                "sewing.setup.operators",
                () -> new Loaded(
                        service.operators(),
                        service.people(),
                        service.lines().stream().filter(SetupLine::active).toList()),
                loaded -> {
                    operators.setAll(loaded.operators());
                    PlantPerson chosen = person.get();
                    people.setAll(loaded.people());
                    if (chosen != null && people.contains(chosen)) {
                        person.set(chosen);
                    }
                    SetupLine onLine = line.get();
                    lines.setAll(loaded.lines());
                    line.set(
                            onLine == null
                                    ? null
                                    : lines.stream()
                                            .filter(l -> l.id().equals(onLine.id()))
                                            .findFirst()
                                            .orElse(null));
                    load.loaded(loaded.operators().isEmpty());
                },
                load::failed);
    }

    public void startNew() {
        editing.set(null);
        person.set(null);
        employeeNo.set("");
        skill.set(1);
        line.set(null);
        active.set(true);
        clearProblems();
    }

    public void edit(SetupOperator o) {
        if (o == null) {
            return;
        }
        editing.set(o);
        person.set(new PlantPerson(o.personId(), o.name()));
        employeeNo.set(o.employeeNo() == null ? "" : o.employeeNo());
        skill.set(o.skillLevel());
        line.set(lines.stream()
                .filter(l -> l.id().equals(o.lineId()))
                .findFirst()
                .orElse(null));
        active.set(o.active());
        clearProblems();
    }

    public void save() {
        if (!canEdit || saving.get()) {
            return;
        }
        OperatorEntry entry = check();
        if (entry == null) {
            refused.set(true);
            message.set(text.apply("setup.check.form", new Object[0]));
            return;
        }
        SetupOperator was = editing.get();
        saving.set(true);
        message.set("");
        tasks.run(
                "sewing.setup.operator.save",
                () -> service.saveOperator(was == null ? 0 : was.version(), entry),
                saved -> {
                    saving.set(false);
                    editing.set(saved);
                    refused.set(false);
                    message.set(text.apply("setup.operator.saved", new Object[] {saved.name()}));
                    refresh();
                },
                e -> {
                    saving.set(false);
                    refused.set(true);
                    message.set(ErrorText.of(e));
                });
    }

    /** The entry, or null with each wrong field's sentence set beside it. */
    OperatorEntry check() {
        clearProblems();
        PlantPerson p = person.get();
        if (p == null) {
            personProblem.set(text.apply("setup.operator.person.check", new Object[0]));
        }
        String n = employeeNo.get().strip();
        if (!NUMBER.matcher(n).matches()) {
            employeeNoProblem.set(text.apply("setup.operator.number.check", new Object[0]));
        } else {
            operators.stream()
                    .filter(o -> o.employeeNo() != null
                            && (p == null || !o.personId().equals(p.id()))
                            && o.employeeNo().toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .ifPresent(o -> employeeNoProblem.set(
                            text.apply("setup.operator.number.taken", new Object[] {n, o.name()})));
        }
        if (p == null || !employeeNoProblem.get().isEmpty()) {
            return null;
        }
        SetupLine l = line.get();
        Integer s = skill.get() == null ? 1 : skill.get();
        return new OperatorEntry(p.id(), n, s, l == null ? null : l.id(), active.get());
    }

    private void clearProblems() {
        personProblem.set("");
        employeeNoProblem.set("");
        message.set("");
    }

    public boolean canEdit() {
        return canEdit;
    }

    public ObservableList<SetupOperator> operators() {
        return operators;
    }

    /** People of the plant a new operator can be. */
    public ObservableList<PlantPerson> people() {
        return people;
    }

    /** The active lines an operator can be put on. */
    public ObservableList<SetupLine> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<SetupOperator> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObjectProperty<PlantPerson> personProperty() {
        return person;
    }

    public StringProperty employeeNoProperty() {
        return employeeNo;
    }

    public ObjectProperty<Integer> skillProperty() {
        return skill;
    }

    public ObjectProperty<SetupLine> lineProperty() {
        return line;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty personProblemProperty() {
        return personProblem;
    }

    public StringProperty employeeNoProblemProperty() {
        return employeeNoProblem;
    }

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
