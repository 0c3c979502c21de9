package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.Driver;
import io.plantdesk.fleet.RegisterService;
import io.plantdesk.fleet.Vehicle;
import io.plantdesk.fleet.VehicleCheck;
import io.plantdesk.fleet.VehicleDraft;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Forms;
import io.plantdesk.ui.widgets.Shown;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A vehicle's register entry: plate, VIN, make, model, year, fuel, odometer unit, status, garage and
 * driver (the plant's people by name). Save stays off, with the first problem in words, until the
 * entry reads; a refusal or a conflict keeps the dialog open with what was typed. Remove deletes a
 * vehicle entered by mistake and retires one with events.
 */
final class VehicleEditor {

    static final List<String> FUELS = List.of("diesel", "petrol", "lpg", "cng", "electric", "hybrid");
    static final List<String> STATUSES = List.of("active", "in_service", "out_of_service", "retired");

    private final Messages m;
    private final RegisterViewModel vm;

    VehicleEditor(Messages m, RegisterViewModel vm) {
        this.m = m;
        this.vm = vm;
    }

    /** Loads what the form needs, then shows it; {@code vehicleId} null is a new vehicle. */
    void open(UUID vehicleId, Consumer<Dialog<ButtonType>> show, Consumer<String> failed) {
        vm.vehicleForm(vehicleId, f -> show.accept(dialog(f)), e -> failed.accept(ErrorText.of(e)));
    }

    Dialog<ButtonType> dialog(RegisterViewModel.VehicleForm f) {
        Vehicle editing = f.vehicle().orElse(null);
        TextField plate = field("vehiclePlate", editing == null ? "" : editing.plate());
        TextField vin = field("vehicleVin", editing == null || editing.vin() == null ? "" : editing.vin());
        TextField make = field("vehicleMake", editing == null ? "" : editing.make());
        TextField model = field("vehicleModel", editing == null ? "" : editing.model());
        TextField year = field(
                "vehicleYear",
                editing == null || editing.modelYear() == null
                        ? ""
                        : editing.modelYear().toString());
        ChoiceBox<String> fuel = choice("vehicleFuel", FUELS, "fuel.");
        ChoiceBox<String> unit = choice("vehicleUnit", List.of("km", "mi"), "unit.odometer.");
        ChoiceBox<String> status = choice("vehicleStatus", STATUSES, "status.");
        ChoiceBox<RegisterService.GarageRow> garage = new ChoiceBox<>();
        garage.setId("vehicleGarage");
        garage.setMaxWidth(Double.MAX_VALUE);
        garage.getItems().add(null);
        garage.getItems().addAll(f.garages());
        garage.setConverter(Shown.as(
                g -> g == null ? m.get("vehicle.no.garage") : g.garage().name()));
        ChoiceBox<Driver> driver = new ChoiceBox<>();
        driver.setId("vehicleDriver");
        driver.setMaxWidth(Double.MAX_VALUE);
        driver.getItems().add(null);
        driver.getItems().addAll(f.drivers());
        driver.setConverter(Shown.as(d -> d == null ? m.get("vehicle.no.driver") : d.name()));
        fuel.setValue(editing == null ? "diesel" : editing.fuelType());
        unit.setValue(editing == null ? "km" : editing.odometerUnit());
        status.setValue(editing == null ? "active" : editing.status());
        if (editing != null) {
            garage.setValue(f.garages().stream()
                    .filter(g -> g.garage().id().equals(editing.garageId()))
                    .findFirst()
                    .orElse(null));
            driver.setValue(f.drivers().stream()
                    .filter(d -> d.id().equals(editing.driverId()))
                    .findFirst()
                    .orElse(null));
        }

        Label problem = new Label();
        problem.setId("vehicleProblem");
        problem.getStyleClass().add("fleet-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(640);
        problem.setMinHeight(Label.USE_PREF_SIZE);
        // Set by a refusal from the server; cleared as soon as the person types again.
        Label refused = new Label();
        refused.setId("vehicleRefused");
        refused.getStyleClass().add("fleet-problem");
        refused.setWrapText(true);
        refused.setMaxWidth(640);
        refused.setMinHeight(Label.USE_PREF_SIZE);
        BooleanProperty busy = new SimpleBooleanProperty();
        Supplier<VehicleDraft> draft = () -> new VehicleDraft(
                plate.getText(),
                vin.getText(),
                make.getText(),
                model.getText(),
                VehicleCheck.year(year.getText()).orElse(null),
                fuel.getValue(),
                unit.getValue(),
                status.getValue(),
                garage.getValue() == null ? null : garage.getValue().garage().id(),
                driver.getValue() == null ? null : driver.getValue().id());
        problem.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> VehicleCheck.first(draft.get())
                                .map(p -> m.get("vehicle.problem." + p.name().toLowerCase(Locale.ROOT)))
                                .orElse(""),
                        plate.textProperty(),
                        vin.textProperty(),
                        make.textProperty(),
                        model.textProperty(),
                        year.textProperty(),
                        fuel.valueProperty(),
                        unit.valueProperty(),
                        status.valueProperty()));
        problem.textProperty().addListener((o, a, b) -> refused.setText(""));

        // Two columns of fields: in Floor mode's 48 px rows ten fields one under the other would
        // be taller than a 728 px screen.
        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.setHgap(12);
        form.setVgap(8);
        for (int c = 0; c < 4; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            if (c % 2 == 0) {
                cc.setMinWidth(Region.USE_PREF_SIZE);
            } else {
                cc.setHgrow(Priority.ALWAYS);
                cc.setMinWidth(200);
            }
            form.getColumnConstraints().add(cc);
        }
        int row = 0;
        form.addRow(
                row++, new Label(m.get("vehicle.field.plate")), plate, new Label(m.get("vehicle.field.fuel")), fuel);
        form.addRow(row++, new Label(m.get("vehicle.field.make")), make, new Label(m.get("vehicle.field.unit")), unit);
        form.addRow(
                row++,
                new Label(m.get("vehicle.field.model")),
                model,
                new Label(m.get("vehicle.field.status")),
                status);
        form.addRow(
                row++, new Label(m.get("vehicle.field.year")), year, new Label(m.get("vehicle.field.garage")), garage);
        form.addRow(
                row++, new Label(m.get("vehicle.field.vin")), vin, new Label(m.get("vehicle.field.driver")), driver);
        Label vinHint = Forms.hint(m.get("vehicle.vin.hint"));
        form.add(vinHint, 1, row++, 3, 1);
        form.add(problem, 0, row++, 4, 1);
        form.add(refused, 0, row, 4, 1);

        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(m.get(editing == null ? "vehicle.new" : "vehicle.edit"));
        d.getDialogPane().setContent(form);
        d.getDialogPane().setId("vehicleEditor");
        ButtonType okType = DialogButtons.ok();
        ButtonType removeType = new ButtonType(m.get("vehicle.remove"), ButtonBar.ButtonData.LEFT);
        d.getDialogPane().getButtonTypes().setAll(okType, DialogButtons.cancel());
        if (editing != null) {
            d.getDialogPane().getButtonTypes().add(removeType);
        }
        Button ok = (Button) d.getDialogPane().lookupButton(okType);
        ok.setId("vehicleSave");
        ok.setText(m.get("editor.save"));
        ok.disableProperty().bind(problem.textProperty().isNotEmpty().or(busy));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closes when the database has taken it, not before
            busy.set(true);
            vm.saveVehicle(
                    editing,
                    draft.get(),
                    saved -> {
                        busy.set(false);
                        if (saved.isPresent()) {
                            d.setResult(okType);
                            d.close();
                        } else {
                            refused.setText(m.get("vehicle.conflict"));
                        }
                    },
                    err -> {
                        busy.set(false);
                        refused.setText(ErrorText.of(err));
                    });
        });
        if (editing != null) {
            Button remove = (Button) d.getDialogPane().lookupButton(removeType);
            remove.setId("vehicleRemove");
            remove.disableProperty().bind(busy);
            remove.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                busy.set(true);
                vm.removeVehicle(
                        editing,
                        r -> {
                            busy.set(false);
                            switch (r) {
                                case REMOVED, RETIRED -> {
                                    d.setResult(removeType);
                                    d.close();
                                }
                                case CONFLICT -> refused.setText(m.get("vehicle.conflict"));
                            }
                        },
                        err -> {
                            busy.set(false);
                            refused.setText(ErrorText.of(err));
                        });
            });
        }
        Platform.runLater(plate::requestFocus);
        return d;
    }

    private static TextField field(String id, String text) {
        TextField t = new TextField(text);
        t.setId(id);
        return t;
    }

    private ChoiceBox<String> choice(String id, List<String> values, String prefix) {
        ChoiceBox<String> c = new ChoiceBox<>();
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        c.getItems().setAll(values);
        c.setConverter(Shown.as(v -> v == null ? "" : m.get(prefix + v)));
        return c;
    }
}
