package io.plantdesk.sewing.ui.setup;

import io.plantdesk.sewing.SetupLine;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.StateView;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lines: the list (code, name, target, operators, machines; deactivated ones marked) and, for
 * those who may change them, the form beside it with the plant's machines to tick.
 */
final class LinesPane {

    private final LinesViewModel vm;
    private final Messages m;
    private Label heading;

    LinesPane(LinesViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    Node build() {
        ListView<SetupLine> list = new ListView<>(vm.lines());
        list.setId("setupLines");
        list.setCellFactory(l -> SetupParts.wrapping(this::describe));
        list.getStyleClass().add("setup-list");
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.edit(now));
        StateView states = new StateView(list);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("setup.lines.loading"),
                        m.get("setup.lines.empty"),
                        m.get(vm.canEdit() ? "setup.lines.empty.hint" : "setup.lines.empty.hint.read"),
                        null,
                        null,
                        m.get("setup.lines.error"),
                        m.get("setup.retry"),
                        vm::refresh));
        if (!vm.canEdit()) {
            return states;
        }
        Button add = new Button(m.get("setup.line.new"));
        add.setId("setupNewLine");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            vm.startNew();
        });
        VBox left = new VBox(12, add, states);
        return SetupParts.split(left, form(), actions(), "setupLineForm");
    }

    private GridPane form() {
        GridPane grid = SetupParts.grid();
        Label heading = new Label();
        heading.getStyleClass().add("text-bold");
        heading.setWrapText(true);
        heading.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.editingProperty().get() == null
                                ? m.get("setup.line.form.new")
                                : m.get(
                                        "setup.line.form.edit",
                                        vm.editingProperty().get().code()),
                        vm.editingProperty()));
        this.heading = heading; // shown beside Save, above the fields
        TextField code = text("setupLineCode", vm.codeProperty());
        SetupParts.row(grid, 1, m.get("setup.line.code"), code, vm.codeProblemProperty(), "setupLineCodeProblem");
        TextField name = text("setupLineName", vm.nameProperty());
        SetupParts.row(grid, 2, m.get("setup.line.name"), name, vm.nameProblemProperty(), "setupLineNameProblem");
        TextField target = text("setupLineTarget", vm.targetProperty());
        SetupParts.row(
                grid, 3, m.get("setup.line.target"), target, vm.targetProblemProperty(), "setupLineTargetProblem");
        CheckBox active = new CheckBox(m.get("setup.line.active"));
        active.setId("setupLineActive");
        active.selectedProperty().bindBidirectional(vm.activeProperty());
        active.setWrapText(true);
        grid.add(active, 1, 4);
        Label machinesLabel = new Label(m.get("setup.line.machines"));
        GridPane.setValignment(machinesLabel, VPos.TOP);
        grid.add(machinesLabel, 0, 5);
        // One machine a line, each wrapping at the form's width: in a flow pane (400 px by default,
        // each box as wide as its whole text) the demo register's machines ran past the form's
        // right edge, cut off without an ellipsis.
        VBox machines = new VBox(8);
        machines.setId("setupLineMachines");
        machines.setMinWidth(0);
        vm.machines().addListener((ListChangeListener<MachineChoice>) c -> fill(machines));
        fill(machines);
        grid.add(machines, 1, 5);
        return grid;
    }

    private void fill(VBox pane) {
        pane.getChildren().clear();
        if (vm.machines().isEmpty()) {
            Label none = new Label(m.get("setup.line.machines.none"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            pane.getChildren().add(none);
            return;
        }
        for (MachineChoice c : vm.machines()) {
            String label = c.elsewhere() == null
                    ? m.get("setup.machine", c.machine().code(), c.machine().name())
                    : m.get(
                            "setup.machine.elsewhere",
                            c.machine().code(),
                            c.machine().name(),
                            c.elsewhere());
            CheckBox box = new CheckBox(label);
            box.setId("setupMachine-" + c.machine().code());
            box.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinHeight(Region.USE_PREF_SIZE);
            box.selectedProperty().bindBidirectional(c.chosen());
            pane.getChildren().add(box);
        }
    }

    private Node actions() {
        Button save = new Button(m.get("setup.line.save"));
        save.setId("setupSaveLine");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.savingProperty());
        Label message = new Label();
        message.setId("setupLineMessage");
        message.setWrapText(true);
        SetupParts.problemStyle(message, vm.refusedProperty());
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox row = new HBox(12, heading, save, message);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TextField text(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private String describe(SetupLine l) {
        String line = m.get("setup.line.item", l.code(), l.name(), l.hourlyTarget(), l.operators(), l.machines());
        return l.active() ? line : m.get("setup.line.item.inactive", line);
    }
}
