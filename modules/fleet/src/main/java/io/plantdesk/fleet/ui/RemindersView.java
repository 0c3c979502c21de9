package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.Garage;
import io.plantdesk.fleet.Reminder;
import io.plantdesk.fleet.Vehicle;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.keys.Shortcut;
import io.plantdesk.ui.keys.Shortcuts;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.Shown;
import io.plantdesk.ui.widgets.StateView;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The reminders list: most urgent first, each with its state in words and colour, when it is due
 * (day, reading or whichever comes first), what is left and how it repeats; filtered by vehicle;
 * plan, edit, mark done, delete, and a garage's calendar file for its calendar program.
 */
public final class RemindersView {

    /** Where the calendar file goes (a file chooser in the app, a folder in tests). */
    public interface ExportTarget {
        Optional<Path> choose(Window owner, String suggestedName);
    }

    private final RemindersViewModel vm;
    private final Messages m;
    private final ExportTarget target;
    private final ReminderText text;

    public RemindersView(RemindersViewModel vm, Messages m, ExportTarget target) {
        this.vm = vm;
        this.m = m;
        this.target = target;
        this.text = new ReminderText(m);
    }

    public Node build() {
        Label title = new Label(m.get("reminders.title"));
        title.getStyleClass().add("page-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        ChoiceBox<Garage> garage = new ChoiceBox<>();
        garage.setId("remindersGarage");
        garage.setConverter(Shown.as(g -> g == null ? m.get("reminders.all.garages") : g.name()));
        vm.garages().addListener((ListChangeListener<Garage>) c -> {
            Garage chosen = garage.getValue();
            garage.getItems().setAll(vm.garages());
            garage.getItems().addFirst(null);
            garage.setValue(
                    chosen == null
                            ? null
                            : vm.garages().stream()
                                    .filter(g -> g.id().equals(chosen.id()))
                                    .findFirst()
                                    .orElse(null));
        });
        Button export = new Button(m.get("reminders.export"), new FontIcon(Material2AL.EVENT));
        export.setId("remindersExport");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(vm.busyProperty());
        export.setTooltip(new Tooltip(m.get("reminders.export.hint")));
        export.setOnAction(e -> target.choose(export.getScene().getWindow(), m.get("reminders.file"))
                .ifPresent(file -> vm.export(garage.getValue(), file, f -> {})));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, garage, export);
        header.getStyleClass().add("page-header");
        header.setAlignment(Pos.CENTER_LEFT);

        ChoiceBox<Vehicle> vehicle = new ChoiceBox<>();
        vehicle.setId("remindersVehicle");
        vehicle.setConverter(Shown.as(v -> v == null ? m.get("reminders.all.vehicles") : v.plate()));
        vm.vehicles().addListener((ListChangeListener<Vehicle>) c -> {
            Vehicle chosen = vm.vehicleProperty().get();
            vehicle.getItems().setAll(vm.vehicles());
            vehicle.getItems().addFirst(null);
            vehicle.setValue(chosen);
        });
        vehicle.getItems().add(null);
        vehicle.valueProperty().bindBidirectional(vm.vehicleProperty());
        CheckBox done = new CheckBox(m.get("reminders.with.done"));
        done.setId("remindersWithDone");
        done.selectedProperty().bindBidirectional(vm.withDoneProperty());

        TableView<Reminder> table = new TableView<>(vm.rows());
        table.setId("remindersTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(stateColumn());
        table.getColumns().add(Columns.text(m.get("reminders.vehicle"), Reminder::plate, 130));
        table.getColumns().add(Columns.text(m.get("reminders.what"), Reminder::title, 160));
        table.getColumns()
                .add(Columns.text(
                        m.get("reminders.due"), r -> text.due(r.dueOn(), r.dueOdometer(), r.odometerUnit()), 200));
        table.getColumns().add(Columns.text(m.get("reminders.left"), text::left, 200));
        table.getColumns().add(Columns.text(m.get("reminders.repeats"), text::repeats, 150));
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        var isDone = Bindings.createBooleanBinding(
                () -> {
                    Reminder r = table.getSelectionModel().getSelectedItem();
                    return r == null || r.doneAt() != null;
                },
                table.getSelectionModel().selectedItemProperty());

        ReminderEditor editor = new ReminderEditor(m, vm);
        Button add = Shortcuts.mark(new Button(m.get("reminders.new")), Shortcut.NEW);
        add.setId("remindersNew");
        add.disableProperty().bind(Bindings.isEmpty(vm.vehicles()));
        add.setOnAction(e -> editor.dialog(null, vm.vehicleProperty().get()).show());
        Button edit = Shortcuts.mark(new Button(m.get("reminders.edit")), Shortcut.EDIT);
        edit.setId("remindersEdit");
        edit.disableProperty().bind(isDone);
        edit.setOnAction(
                e -> selected(table).ifPresent(r -> editor.dialog(r, null).show()));
        Button complete = new Button(m.get("reminders.complete"));
        complete.setId("remindersComplete");
        complete.disableProperty().bind(isDone);
        complete.setOnAction(
                e -> selected(table).ifPresent(r -> editor.doneDialog(r).show()));
        Button delete = new Button(m.get("reminders.delete"));
        delete.setId("remindersDelete");
        delete.disableProperty().bind(none);
        delete.setOnAction(e -> selected(table).ifPresent(vm::delete));
        HBox filters = new HBox(8, vehicle, done);
        filters.setAlignment(Pos.CENTER_LEFT);
        FlowPane actions = new FlowPane(8, 8, filters, add, edit, complete, delete);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("remindersMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());

        StateView states = new StateView(table);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("reminders.loading"),
                        m.get("reminders.empty"),
                        m.get("reminders.empty.hint"),
                        null,
                        null,
                        m.get("reminders.error"),
                        m.get("retry"),
                        vm::refresh));
        VBox.setVgrow(states, Priority.ALWAYS);
        VBox body = new VBox(8, actions, message, states);
        body.getStyleClass().add("reminders-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox page = new VBox(header, body);
        page.setId("remindersView");
        return page;
    }

    private TableColumn<Reminder, Reminder> stateColumn() {
        TableColumn<Reminder, Reminder> c = new TableColumn<>(m.get("reminders.state"));
        c.setMinWidth(110);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Reminder r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll(ReminderText.STATE_STYLES);
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                setText(text.state(r.state()));
                getStyleClass().add(ReminderText.style(r.state()));
            }
        });
        return c;
    }

    private static Optional<Reminder> selected(TableView<Reminder> table) {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }
}
