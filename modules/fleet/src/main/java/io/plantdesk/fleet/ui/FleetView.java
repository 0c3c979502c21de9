package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.EventKind;
import io.plantdesk.fleet.FleetTotals;
import io.plantdesk.fleet.VehicleEvent;
import io.plantdesk.fleet.VehicleOverview;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.keys.Shortcut;
import io.plantdesk.ui.keys.Shortcuts;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Shown;
import io.plantdesk.ui.widgets.StaleMarker;
import io.plantdesk.ui.widgets.StateView;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The overview of every vehicle on the left; the chosen vehicle's timeline on the right, a
 * virtualised list of months and events (icon, day, what happened, odometer, cost), filtered by
 * kind, with the deleted events one tick away for restoring.
 */
public final class FleetView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final Formats FORMATS = Formats.system();
    /** Thumbnails in the timeline: small enough to keep it a list. */
    private final FleetViewModel vm;

    private final Messages m;
    /** The garage and vehicle editors; null where the screen is shown without them. */
    private final RegisterViewModel register;

    public FleetView(FleetViewModel vm, Messages m) {
        this(vm, null, m);
    }

    public FleetView(FleetViewModel vm, RegisterViewModel register, Messages m) {
        this.vm = vm;
        this.m = m;
        this.register = register;
    }

    public Node build() {
        // Priority columns: as many as the pane holds in the mode's type, never scrolled sideways
        // nor cut short; every figure of the chosen vehicle is in the summary above its timeline.
        PriorityTable<VehicleOverview> vehicles = new PriorityTable<>(vm.vehicles());
        vehicles.setId("fleetVehicles");
        ReminderText reminders = new ReminderText(m);
        vehicles.add(Columns.text(m.get("overview.plate"), VehicleOverview::plate), VehicleOverview::plate, 0);
        vehicles.add(Columns.text(m.get("overview.vehicle"), FleetView::makeModel), FleetView::makeModel, 6);
        vehicles.add(Columns.text(m.get("overview.status"), this::status), this::status, 2);
        vehicles.add(Columns.text(m.get("overview.last"), this::last), this::last, 4);
        vehicles.add(reminders.overviewColumn(), reminders::overviewText, ReminderText::urgent, 1);
        vehicles.add(Columns.text(m.get("overview.month.cost"), this::cost), this::cost, 3);
        vehicles.add(Columns.text(m.get("overview.review"), this::review), this::review, 5);
        // Paged in SQL by plate: a sort on the screen would order only the pages loaded so far.
        vehicles.getColumns().forEach(c -> c.setSortable(false));
        vehicles.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(VehicleOverview item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && getIndex() == getTableView().getItems().size() - 1) {
                    vm.loadMoreVehicles();
                }
            }
        });
        Label totals = new Label();
        totals.setId("fleetTotals");
        totals.getStyleClass().add("fleet-totals");
        totals.setWrapText(true);
        totals.setMinHeight(Region.USE_PREF_SIZE);
        totals.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> totals(vm.totalsProperty().getValue()), vm.totalsProperty()));
        totals.managedProperty().bind(totals.textProperty().isNotEmpty());
        totals.visibleProperty().bind(totals.managedProperty());
        Label summary = new Label();
        summary.setId("fleetVehicleSummary");
        summary.getStyleClass().add("fleet-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> summary(vm.vehicleProperty().get(), reminders), vm.vehicleProperty()));
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        summary.visibleProperty().bind(summary.managedProperty());
        vehicles.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.vehicleProperty().set(b);
            }
        });
        StateView overviewStates = new StateView(vehicles);
        overviewStates.follow(
                vm.overviewLoad(),
                new StateView.Texts(
                        m.get("overview.loading"),
                        m.get("overview.empty"),
                        m.get("overview.empty.hint"),
                        null,
                        null,
                        m.get("overview.error"),
                        m.get("retry"),
                        vm::refresh));

        ChoiceBox<EventKind> kind = new ChoiceBox<>();
        kind.setId("fleetKind");
        kind.getItems().add(null);
        kind.getItems().addAll(Arrays.asList(EventKind.values()));
        kind.setConverter(Shown.as(k -> k == null ? m.get("filter.all") : m.get("kind." + k.dbValue())));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        CheckBox deleted = new CheckBox(m.get("filter.deleted"));
        deleted.setId("fleetDeleted");
        deleted.selectedProperty().bindBidirectional(vm.deletedProperty());
        CheckBox toCheck = new CheckBox(m.get("filter.to.check"));
        toCheck.setId("fleetToCheck");
        toCheck.selectedProperty().bindBidirectional(vm.toCheckProperty());

        ListView<TimelineRow> list = new ListView<>(vm.timeline());
        list.setId("fleetTimeline");
        list.setCellFactory(v -> new TimelineCell(m, vm));
        BooleanBinding noVehicle = vm.vehicleProperty().isNull();
        BooleanBinding noEvent = Bindings.createBooleanBinding(
                () -> !(list.getSelectionModel().getSelectedItem() instanceof TimelineRow.Event),
                list.getSelectionModel().selectedItemProperty());

        Button add = Shortcuts.mark(new Button(m.get("action.new")), Shortcut.NEW);
        add.setId("fleetNew");
        add.disableProperty().bind(noVehicle.or(deleted.selectedProperty()));
        add.setOnAction(e -> owned(
                        new EventEditor(m, vm, vm.zone())
                                .dialog(vm.vehicleProperty().get().id(), null),
                        add)
                .show());
        Button edit = Shortcuts.mark(new Button(m.get("action.edit")), Shortcut.EDIT);
        edit.setId("fleetEdit");
        edit.disableProperty().bind(noEvent.or(deleted.selectedProperty()));
        edit.setOnAction(e -> selected(list)
                .ifPresent(ev -> owned(new EventEditor(m, vm, vm.zone()).dialog(ev.vehicleId(), ev), edit)
                        .show()));
        Button delete = new Button(m.get("action.delete"));
        delete.setId("fleetDelete");
        delete.disableProperty().bind(noEvent.or(deleted.selectedProperty()));
        delete.setOnAction(e -> selected(list).ifPresent(vm::delete));
        Button restore = new Button(m.get("action.restore"));
        restore.setId("fleetRestore");
        restore.disableProperty().bind(noEvent.or(deleted.selectedProperty().not()));
        restore.setOnAction(e -> selected(list).ifPresent(vm::restore));
        Button check = new Button(m.get("action.check"));
        check.setId("fleetCheck");
        check.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> selected(list).map(ev -> !ev.needsReview()).orElse(true),
                        list.getSelectionModel().selectedItemProperty()));
        check.setOnAction(e -> selected(list)
                .ifPresent(ev -> owned(
                                new ReviewDialog(m)
                                        .dialog(
                                                ev,
                                                m.get("odometer."
                                                        + vm.vehicleProperty()
                                                                .get()
                                                                .odometerUnit()),
                                                vm::review),
                                check)
                        .show()));
        Button history = new Button(m.get("action.history"));
        history.setId("fleetHistory");
        history.disableProperty().bind(noEvent);
        history.setOnAction(e -> selected(list)
                .ifPresent(ev -> vm.history(ev, revisions -> {
                    HistorySentences sentences = new HistorySentences(m);
                    ListView<String> lines = new ListView<>();
                    lines.setId("fleetHistoryLines");
                    revisions.forEach(
                            r -> lines.getItems().add(FORMATS.dateTime(r.changedAt()) + "  " + sentences.sentence(r)));
                    Dialog<Void> d = new Dialog<>();
                    d.setTitle(m.get("history.title"));
                    d.getDialogPane().setContent(lines);
                    d.getDialogPane().setPrefWidth(720);
                    d.getDialogPane().getButtonTypes().setAll(DialogButtons.close());
                    owned(d, history).show();
                })));
        // Filters on one line, actions on the next: the pane is half a 1280 px window, and Floor
        // mode's 48 px buttons would not fit beside the filters.
        FlowPane filters = new FlowPane(8, 8, kind, deleted);
        filters.getStyleClass().add("fleet-toolbar");
        FlowPane actions = new FlowPane(8, 8, add, edit, check, delete, restore, history);
        VBox bar = new VBox(8, filters, actions);

        Label problem = new Label();
        problem.getStyleClass().add("fleet-problem");
        problem.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.errorProperty().get() == null
                                ? ""
                                : vm.errorProperty().get(),
                        vm.errorProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label notice = new Label();
        notice.setId("fleetNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());

        StateView timelineStates = new StateView(list);
        VBox.setVgrow(timelineStates, Priority.ALWAYS);
        timelineStates.follow(
                vm.timelineLoad(),
                new StateView.Texts(
                        m.get("timeline.loading"),
                        m.get("timeline.empty"),
                        m.get("timeline.empty.hint"),
                        null,
                        null,
                        m.get("timeline.error"),
                        m.get("retry"),
                        vm::reloadTimeline));
        VBox right = new VBox(
                8,
                new StaleMarker(vm.shownAsOfProperty(), t -> m.get("overview.cached", t)),
                summary,
                bar,
                problem,
                notice,
                timelineStates);

        VBox.setVgrow(overviewStates, Priority.ALWAYS);
        SplitPane split = new SplitPane(new VBox(8, totals, overviewStates), right);
        // The overview is what people scan; the timeline needs less width than its columns.
        split.setDividerPositions(0.65);
        // Floor type: a third of what the shell's sidebar leaves would be too narrow for the timeline's
        // actions in two rows and its lines (fleet.css gives the pane a minimum width there).
        right.getStyleClass().add("fleet-timeline-pane");
        // The page title, as on the other screens.
        Label title = new Label(m.get("fleet.title"));
        title.getStyleClass().add("page-title");
        title.setId("fleetTitle");
        title.setMinWidth(Region.USE_PREF_SIZE);
        // The readings-to-check filter beside the title: in Floor type a third filter under the
        // timeline's would cost its empty state the lines it needs at 728 px.
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        toCheck.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(12, title, gap, toCheck);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("page-header");
        if (register != null) {
            header.getChildren().add(registerButtons(noVehicle));
        }
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox page = new VBox(8, header, split);
        page.setId("fleetView");
        page.getStyleClass().add("fleet-view");
        return page;
    }

    /** New vehicle, the chosen vehicle's register entry, and the garages: beside the page title. */
    private Node registerButtons(BooleanBinding noVehicle) {
        VehicleEditor editor = new VehicleEditor(m, register);
        Button create = new Button(m.get("vehicle.new"));
        create.setId("fleetNewVehicle");
        create.setOnAction(e -> editor.open(null, d -> owned(d, create).show(), vm.errorProperty()::set));
        Button change = new Button(m.get("vehicle.edit"));
        change.setId("fleetEditVehicle");
        change.disableProperty().bind(noVehicle);
        change.setOnAction(e -> editor.open(
                vm.vehicleProperty().get().id(), d -> owned(d, change).show(), vm.errorProperty()::set));
        Button garages = new Button(m.get("garage.title"));
        garages.setId("fleetGarages");
        garages.setOnAction(
                e -> owned(new GaragesDialog(m, register).dialog(), garages).show());
        HBox box = new HBox(8, create, change, garages);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    /**
     * The dialog belongs to the window of the button that opened it, so it follows the person's
     * mode (Floor sizes) and theme as the shell's own dialogs do.
     */
    private static <D extends Dialog<?>> D owned(D d, Node from) {
        if (from.getScene() != null && from.getScene().getWindow() != null) {
            d.initOwner(from.getScene().getWindow());
        }
        return d;
    }

    private static String makeModel(VehicleOverview v) {
        return v.make() + " " + v.model();
    }

    private String status(VehicleOverview v) {
        return m.get("status." + v.status());
    }

    private String last(VehicleOverview v) {
        return v.lastKind() == null
                ? ""
                : m.get(
                        "overview.last.value",
                        m.get("kind." + v.lastKind()),
                        DAY.format(v.lastAt().atZoneSameInstant(vm.zone())));
    }

    private String cost(VehicleOverview v) {
        return money(v.monthCost());
    }

    /** The whole fleet in one line above its list: vehicles, this month's cost, readings to check. */
    private String totals(FleetTotals t) {
        if (t == null) {
            return "";
        }
        String line = m.get("overview.totals", t.vehicles(), money(t.monthCost()));
        return t.toReview() == 0
                ? line
                : line + m.get("detail.separator") + m.get("overview.review.count", t.toReview());
    }

    private String review(VehicleOverview v) {
        return v.toReview() == 0 ? "" : m.get("overview.review.count", v.toReview());
    }

    /** The chosen vehicle in one line: what the overview's hidden columns would say, and the rest. */
    private String summary(VehicleOverview v, ReminderText reminders) {
        if (v == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(m.get("detail.vehicle", v.plate(), makeModel(v), status(v)));
        if (v.lastKind() != null) {
            parts.add(m.get("detail.last", last(v)));
        }
        if (v.nextTitle() != null) {
            parts.add(m.get("detail.next", reminders.overviewText(v)));
        }
        parts.add(m.get("detail.cost", cost(v)));
        if (v.toReview() > 0) {
            parts.add(m.get("detail.review", review(v)));
        }
        return String.join(m.get("detail.separator"), parts);
    }

    private static Optional<VehicleEvent> selected(ListView<TimelineRow> list) {
        return list.getSelectionModel().getSelectedItem() instanceof TimelineRow.Event e
                ? Optional.of(e.event())
                : Optional.empty();
    }

    static String money(BigDecimal v) {
        NumberFormat f = NumberFormat.getNumberInstance();
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return v == null ? "" : f.format(v);
    }
}
