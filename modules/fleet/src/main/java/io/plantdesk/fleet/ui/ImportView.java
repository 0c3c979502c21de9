package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.DateOrder;
import io.plantdesk.fleet.EventDraft;
import io.plantdesk.fleet.FuelUnit;
import io.plantdesk.fleet.ImportKind;
import io.plantdesk.fleet.LubeLoggerImport.PreviewRow;
import io.plantdesk.fleet.Vehicle;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.Shown;
import java.io.File;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The LubeLogger import and export: the vehicle, kind and unit; the file and its column mapping
 * (each field with the column that feeds it, guessed from the header, changeable); check, import
 * with progress; the rows as they will be saved, or the refused lines with the reason.
 */
public final class ImportView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final ImportViewModel vm;
    private final Messages m;

    public ImportView(ImportViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public Node build() {
        ComboBox<Vehicle> vehicle = new ComboBox<>(vm.vehicles());
        vehicle.setId("fleetImportVehicle");
        vehicle.setConverter(
                Shown.as(v -> v == null ? "" : m.get("import.vehicle.value", v.plate(), v.make(), v.model())));
        vehicle.valueProperty().bindBidirectional(vm.vehicleProperty());
        ChoiceBox<ImportKind> kind = new ChoiceBox<>();
        kind.setId("fleetImportKind");
        kind.getItems().setAll(ImportKind.values());
        kind.setConverter(Shown.as(k -> k == null ? "" : m.get("import.kind." + k.name())));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ChoiceBox<String> unit = new ChoiceBox<>();
        unit.setId("fleetImportUnit");
        unit.getItems().setAll("L", "gal_us", "gal_uk", "kWh");
        unit.setConverter(Shown.as(u -> u == null ? "" : m.get("unit." + u)));
        unit.valueProperty().bindBidirectional(vm.fuelUnitProperty());
        unit.disableProperty().bind(vm.kindProperty().isNotEqualTo(ImportKind.FUEL));
        FlowPane what = new FlowPane(
                8,
                8,
                new Label(m.get("import.vehicle")),
                vehicle,
                new Label(m.get("import.kind")),
                kind,
                new Label(m.get("import.unit")),
                unit);

        Button open = new Button(m.get("import.open"));
        open.setId("fleetImportOpen");
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("import.open"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("import.csv"), "*.csv"));
            File f = chooser.showOpenDialog(open.getScene().getWindow());
            if (f != null) {
                vm.open(f.toPath());
            }
        });
        Label fileName = new Label();
        fileName.setId("fleetImportFile");
        fileName.textProperty().bind(vm.fileNameProperty());
        Button export = new Button(m.get("export.save"));
        export.setId("fleetExport");
        export.disableProperty().bind(vm.vehicleProperty().isNull().or(vm.busyProperty()));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("export.save"));
            chooser.setInitialFileName(m.get(
                    "export.file." + vm.kindProperty().get().name(),
                    vm.vehicleProperty().get().plate()));
            File f = chooser.showSaveDialog(export.getScene().getWindow());
            if (f != null) {
                vm.export(f.toPath());
            }
        });
        ChoiceBox<FuelUnit> economy = new ChoiceBox<>();
        economy.setId("fleetExportEconomy");
        economy.getItems().setAll(FuelUnit.values());
        economy.setConverter(Shown.as(u -> u == null ? "" : m.get("unit.economy." + u.name())));
        economy.valueProperty().bindBidirectional(vm.economyUnitProperty());
        FlowPane files = new FlowPane(8, 8, open, fileName, new Label(m.get("export.economy")), economy, export);

        GridPane mapping = new GridPane(12, 6);
        mapping.setId("fleetImportMapping");
        Runnable rebuild = () -> rebuildMapping(mapping);
        vm.mapping().addListener((ListChangeListener<ImportViewModel.FieldChoice>) c -> rebuild.run());
        rebuild.run();

        // How the file writes its days: read from the file when a number above 12 settles it, else asked.
        ChoiceBox<DateOrder> dateOrder = new ChoiceBox<>();
        dateOrder.setId("fleetImportDateOrder");
        dateOrder.getItems().setAll(DateOrder.values());
        dateOrder.setConverter(Shown.as(o -> o == null ? "" : m.get("import.date.order." + o.name())));
        dateOrder.valueProperty().bindBidirectional(vm.dateOrderProperty());
        Label dateNote = new Label();
        dateNote.setId("fleetImportDateNote");
        dateNote.setWrapText(true);
        dateNote.textProperty()
                .bind(Bindings.when(vm.dateOrderDetectedProperty())
                        .then(m.get("import.date.order.detected"))
                        .otherwise(Bindings.when(vm.dateOrderNeededProperty())
                                .then(m.get("import.date.order.ask"))
                                .otherwise("")));
        FlowPane dates = new FlowPane(8, 8, new Label(m.get("import.date.order")), dateOrder, dateNote);

        Button check = new Button(m.get("import.check"));
        check.setId("fleetImportCheck");
        check.disableProperty()
                .bind(vm.busyProperty()
                        .or(vm.vehicleProperty().isNull())
                        .or(vm.fileNameProperty().isEmpty()));
        check.setOnAction(e -> vm.check());
        Button run = new Button(m.get("import.run"));
        run.setId("fleetImportRun");
        run.disableProperty().bind(vm.busyProperty().or(vm.checkedProperty().not()));
        run.setOnAction(e -> vm.importNow());
        ProgressBar progress = new ProgressBar();
        progress.setId("fleetImportProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty()
                .bind(vm.busyProperty().or(vm.progressProperty().greaterThan(0)));
        Label status = new Label();
        status.setId("fleetImportStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        HBox actions = new HBox(8, check, run, progress);

        TableView<ImportViewModel.Problem> problems = new TableView<>(vm.problems());
        problems.setId("fleetImportProblems");
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problems.getColumns().add(Columns.text(m.get("import.col.line"), p -> Integer.toString(p.line()), 70));
        problems.getColumns().add(Columns.text(m.get("import.col.reason"), ImportViewModel.Problem::reason, 400));
        problems.setPlaceholder(new Label(m.get("import.no.problems")));
        TableView<PreviewRow> preview = new TableView<>(vm.preview());
        preview.setId("fleetImportPreview");
        preview.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        preview.getColumns().add(Columns.text(m.get("import.col.line"), r -> Integer.toString(r.line()), 70));
        preview.getColumns()
                .add(Columns.text(
                        m.get("field.occurred_at"),
                        r -> DAY.format(r.draft().occurredAt().atZoneSameInstant(vm.zone())),
                        110));
        preview.getColumns()
                .add(Columns.text(m.get("field.odometer"), r -> plain(r.draft().odometer()), 90));
        preview.getColumns()
                .add(Columns.text(m.get("field.quantity"), r -> plain(r.draft().quantity()), 80));
        preview.getColumns()
                .add(Columns.text(m.get("field.cost"), r -> plain(r.draft().cost()), 80));
        preview.getColumns().add(Columns.text(m.get("import.col.fill"), this::fill, 110));
        preview.getColumns().add(Columns.text(m.get("field.description"), r -> firstLine(r.draft()), 200));
        preview.setPlaceholder(new Label(m.get("import.no.preview")));
        // The refused lines take the place of the preview while there are any.
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        preview.visibleProperty().bind(problems.visibleProperty().not());
        preview.managedProperty().bind(preview.visibleProperty());
        VBox.setVgrow(problems, Priority.ALWAYS);
        VBox.setVgrow(preview, Priority.ALWAYS);

        VBox root = new VBox(
                10,
                what,
                files,
                new Label(m.get("import.mapping")),
                mapping,
                dates,
                actions,
                status,
                problems,
                preview);
        root.setId("fleetImport");
        root.getStyleClass().add("fleet-import");
        return root;
    }

    /** Each field of the kind with a picker of the file's columns ("none" for an optional one). */
    private void rebuildMapping(GridPane grid) {
        grid.getChildren().clear();
        int row = 0;
        for (ImportViewModel.FieldChoice c : vm.mapping()) {
            Label name = new Label(m.get(
                    c.field().required() ? "import.field.required" : "import.field.optional",
                    c.field().name()));
            ComboBox<Integer> column = new ComboBox<>();
            column.setId("fleetImportColumn" + c.field().name());
            List<Integer> options = new ArrayList<>();
            options.add(-1);
            for (int i = 0; i < vm.header().size(); i++) {
                options.add(i);
            }
            column.getItems().setAll(options);
            Function<Integer, String> label = i -> i == null || i < 0
                    ? m.get("import.column.none")
                    : m.get("import.column.value", i + 1, vm.header().get(i));
            column.setConverter(Shown.as(label::apply));
            column.valueProperty().bindBidirectional(c.columnProperty());
            grid.addRow(row++, name, column);
        }
    }

    private String fill(PreviewRow r) {
        EventDraft d = r.draft();
        if (d.filledToFull() == null) {
            return "";
        }
        if (Boolean.TRUE.equals(d.missedFill())) {
            return m.get("import.fill.missed");
        }
        return m.get(d.filledToFull() ? "timeline.full" : "timeline.partial");
    }

    private static String firstLine(EventDraft d) {
        return d.description() == null
                ? ""
                : d.description().lines().findFirst().orElse("");
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
