package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.Garage;
import io.plantdesk.fleet.RegisterService;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Forms;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The plant's garages in a small list (name, address, vehicles on the road) with a form under it:
 * choose one to edit it, or "New garage" to add one. Name is needed (at most 80 characters, unique
 * in the plant: the database's index says so); a garage that keeps vehicles cannot be removed.
 */
final class GaragesDialog {

    private final Messages m;
    private final RegisterViewModel vm;

    GaragesDialog(Messages m, RegisterViewModel vm) {
        this.m = m;
        this.vm = vm;
    }

    Dialog<Void> dialog() {
        ListView<RegisterService.GarageRow> list = new ListView<>();
        list.setId("garageList");
        list.setPrefHeight(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RegisterService.GarageRow g, boolean empty) {
                super.updateItem(g, empty);
                setText(
                        empty || g == null
                                ? null
                                : g.garage().address() == null
                                        ? m.get("garage.line.short", g.garage().name(), g.vehicles())
                                        : m.get(
                                                "garage.line",
                                                g.garage().name(),
                                                g.garage().address(),
                                                g.vehicles()));
            }
        });
        TextField name = new TextField();
        name.setId("garageName");
        TextField address = new TextField();
        address.setId("garageAddress");
        Label problem = new Label();
        problem.setId("garageProblem");
        problem.getStyleClass().add("fleet-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(480);
        problem.setMinHeight(Label.USE_PREF_SIZE);
        BooleanProperty busy = new SimpleBooleanProperty();

        Runnable reload = () -> vm.garages(
                rows -> {
                    var chosen = list.getSelectionModel().getSelectedItem();
                    list.getItems().setAll(rows);
                    if (chosen != null) {
                        rows.stream()
                                .filter(r ->
                                        r.garage().id().equals(chosen.garage().id()))
                                .findFirst()
                                .ifPresent(r -> list.getSelectionModel().select(r));
                    }
                },
                e -> problem.setText(ErrorText.of(e)));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            name.setText(b == null ? "" : b.garage().name());
            address.setText(
                    b == null || b.garage().address() == null ? "" : b.garage().address());
            problem.setText("");
        });

        Button fresh = new Button(m.get("garage.new"));
        fresh.setId("garageNew");
        fresh.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            name.requestFocus();
        });
        Button save = new Button(m.get("editor.save"));
        save.setId("garageSave");
        var bad = Bindings.createBooleanBinding(
                () -> name.getText().isBlank()
                        || name.getText().strip().length() > 80
                        || address.getText().length() > 200,
                name.textProperty(),
                address.textProperty());
        save.disableProperty().bind(bad.or(busy));
        Label check = new Label();
        check.getStyleClass().add("text-muted");
        check.setWrapText(true);
        check.setMaxWidth(400);
        check.setMinHeight(Label.USE_PREF_SIZE);
        check.textProperty()
                .bind(Bindings.when(bad).then(m.get("garage.problem.name")).otherwise(""));
        save.setOnAction(e -> {
            Garage editing = list.getSelectionModel().getSelectedItem() == null
                    ? null
                    : list.getSelectionModel().getSelectedItem().garage();
            busy.set(true);
            vm.saveGarage(
                    editing,
                    name.getText(),
                    address.getText(),
                    saved -> {
                        busy.set(false);
                        if (saved.isEmpty()) {
                            problem.setText(m.get("garage.conflict"));
                            return;
                        }
                        problem.setText("");
                        reload.run();
                    },
                    err -> {
                        busy.set(false);
                        problem.setText(ErrorText.of(err));
                    });
        });
        Button remove = new Button(m.get("garage.remove"));
        remove.setId("garageRemove");
        remove.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull().or(busy));
        remove.setOnAction(e -> {
            Garage g = list.getSelectionModel().getSelectedItem().garage();
            busy.set(true);
            vm.removeGarage(
                    g,
                    done -> {
                        busy.set(false);
                        problem.setText(done ? "" : m.get("garage.conflict"));
                        list.getSelectionModel().clearSelection();
                        reload.run();
                    },
                    err -> {
                        busy.set(false);
                        problem.setText(ErrorText.of(err));
                    });
        });

        GridPane form = Forms.grid();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, new Label(m.get("garage.field.name")), name);
        form.addRow(1, new Label(m.get("garage.field.address")), address);
        form.add(check, 1, 2);
        VBox content = new VBox(8, list, form, new FlowPane(8, 8, fresh, save, remove), problem);
        content.setPrefWidth(560);
        Dialog<Void> d = new Dialog<>();
        d.setTitle(m.get("garage.title"));
        d.getDialogPane().setContent(content);
        d.getDialogPane().setId("garagesDialog");
        d.getDialogPane().getButtonTypes().setAll(DialogButtons.close());
        reload.run();
        return d;
    }
}
