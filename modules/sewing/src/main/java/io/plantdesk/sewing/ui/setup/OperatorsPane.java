package io.plantdesk.sewing.ui.setup;

import io.plantdesk.sewing.PlantPerson;
import io.plantdesk.sewing.SetupLine;
import io.plantdesk.sewing.SetupOperator;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.StateView;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The operators: the list (name, employee number, skill, line, not sewing now) and, for those who
 * may change them, the form beside it. A new operator is chosen from the plant's people; an
 * existing one keeps their person (names are the People screen's).
 */
final class OperatorsPane {

    private final OperatorsViewModel vm;
    private final Messages m;
    private Label heading;

    OperatorsPane(OperatorsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    Node build() {
        ListView<SetupOperator> list = new ListView<>(vm.operators());
        list.setId("setupOperators");
        list.setCellFactory(l -> SetupParts.wrapping(this::describe));
        list.getStyleClass().add("setup-list");
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.edit(now));
        StateView states = new StateView(list);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("setup.operators.loading"),
                        m.get("setup.operators.empty"),
                        m.get(vm.canEdit() ? "setup.operators.empty.hint" : "setup.operators.empty.hint.read"),
                        null,
                        null,
                        m.get("setup.operators.error"),
                        m.get("setup.retry"),
                        vm::refresh));
        if (!vm.canEdit()) {
            return states;
        }
        Button add = new Button(m.get("setup.operator.new"));
        add.setId("setupNewOperator");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            vm.startNew();
        });
        VBox left = new VBox(12, add, states);
        return SetupParts.split(left, form(), actions(), "setupOperatorForm");
    }

    private GridPane form() {
        GridPane grid = SetupParts.grid();
        Label heading = new Label();
        heading.getStyleClass().add("text-bold");
        heading.setWrapText(true);
        heading.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.editingProperty().get() == null
                                ? m.get("setup.operator.form.new")
                                : m.get(
                                        "setup.operator.form.edit",
                                        vm.editingProperty().get().name()),
                        vm.editingProperty()));
        this.heading = heading; // shown beside Save, above the fields
        ComboBox<PlantPerson> person = new ComboBox<>(vm.people());
        person.setId("setupOperatorPerson");
        person.valueProperty().bindBidirectional(vm.personProperty());
        person.setCellFactory(c -> SetupParts.wrapping(PlantPerson::name));
        person.setButtonCell(SetupParts.wrapping(PlantPerson::name));
        person.setPromptText(m.get("setup.operator.person.prompt"));
        // An existing operator keeps their person: only a new one is chosen from the plant's people.
        person.disableProperty().bind(vm.editingProperty().isNotNull());
        SetupParts.row(
                grid,
                1,
                m.get("setup.operator.person"),
                person,
                vm.personProblemProperty(),
                "setupOperatorPersonProblem");
        TextField number = new TextField();
        number.setId("setupOperatorNumber");
        number.textProperty().bindBidirectional(vm.employeeNoProperty());
        SetupParts.row(
                grid,
                2,
                m.get("setup.operator.number"),
                number,
                vm.employeeNoProblemProperty(),
                "setupOperatorNumberProblem");
        ComboBox<Integer> skill = new ComboBox<>(FXCollections.observableArrayList(OperatorsViewModel.SKILLS));
        skill.setId("setupOperatorSkill");
        skill.valueProperty().bindBidirectional(vm.skillProperty());
        Function<Integer, String> skillText = s -> m.get("setup.operator.skill." + s);
        skill.setCellFactory(c -> SetupParts.wrapping(skillText));
        skill.setButtonCell(SetupParts.wrapping(skillText));
        SetupParts.row(grid, 3, m.get("setup.operator.skill"), skill, null, null);
        ComboBox<SetupLine> line = new ComboBox<>(vm.lines());
        line.setId("setupOperatorLine");
        line.valueProperty().bindBidirectional(vm.lineProperty());
        Function<SetupLine, String> lineText = l ->
                l == null ? m.get("setup.operator.no.line") : m.get("setup.operator.line.item", l.code(), l.name());
        line.setCellFactory(c -> SetupParts.wrapping(lineText));
        line.setButtonCell(SetupParts.wrapping(lineText));
        line.setPromptText(m.get("setup.operator.no.line"));
        Button offLine = new Button(m.get("setup.operator.off.line"));
        offLine.setId("setupOperatorOffLine");
        offLine.setOnAction(e -> vm.lineProperty().set(null));
        offLine.disableProperty().bind(vm.lineProperty().isNull());
        HBox lineRow = new HBox(8, line, offLine);
        HBox.setHgrow(line, Priority.ALWAYS);
        line.setMaxWidth(Double.MAX_VALUE);
        Label lineLabel = new Label(m.get("setup.operator.line"));
        lineLabel.setLabelFor(line);
        grid.add(lineLabel, 0, 4);
        grid.add(lineRow, 1, 4);
        CheckBox active = new CheckBox(m.get("setup.operator.active"));
        active.setId("setupOperatorActive");
        active.setWrapText(true);
        active.selectedProperty().bindBidirectional(vm.activeProperty());
        grid.add(active, 1, 5);
        return grid;
    }

    private Node actions() {
        Button save = new Button(m.get("setup.operator.save"));
        save.setId("setupSaveOperator");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.savingProperty());
        Label message = new Label();
        message.setId("setupOperatorMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        SetupParts.problemStyle(message, vm.refusedProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox row = new HBox(12, heading, save, message);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private String describe(SetupOperator o) {
        String number = o.employeeNo() == null ? m.get("setup.operator.no.number") : o.employeeNo();
        String line = o.lineCode() == null ? m.get("setup.operator.no.line") : o.lineCode();
        String text = m.get("setup.operator.item", o.name(), number, o.skillLevel(), line);
        return o.active() ? text : m.get("setup.operator.item.inactive", text);
    }
}
