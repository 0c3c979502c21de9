package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.ColumnMapping;
import io.plantdesk.fleet.DateOrder;
import io.plantdesk.fleet.FleetService;
import io.plantdesk.fleet.FuelUnit;
import io.plantdesk.fleet.ImportKind;
import io.plantdesk.fleet.ImportReport;
import io.plantdesk.fleet.LubeLoggerExport;
import io.plantdesk.fleet.LubeLoggerImport;
import io.plantdesk.fleet.LubeLoggerImport.ImportFile;
import io.plantdesk.fleet.LubeLoggerImport.Preview;
import io.plantdesk.fleet.Vehicle;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The LubeLogger import and export screen's state. Steps: choose the vehicle, the kind of file and
 * its fuel unit, open the file (its header maps itself to the fields; every choice stays
 * editable), check it (each row read, nothing written: the good rows as they will be saved and the
 * bad ones by line and reason), import it in one transaction with progress (a refused row undoes
 * the rest and is reported the same way). Export writes the vehicle's records in the same format.
 * Reading, checking, writing and exporting run through the TaskRunner, never on the FX thread.
 */
public final class ImportViewModel {

    /** A line of the report: the file's line number and why it was refused, in the person's words. */
    public record Problem(int line, String reason) {}

    /** One field of the mapping step: which column (-1: none) feeds it. */
    public static final class FieldChoice {
        private final ImportKind.Field field;
        private final ObjectProperty<Integer> column = new SimpleObjectProperty<>(-1);

        FieldChoice(ImportKind.Field field, int column) {
            this.field = field;
            this.column.set(column);
        }

        public ImportKind.Field field() {
            return field;
        }

        public ObjectProperty<Integer> columnProperty() {
            return column;
        }
    }

    private final FleetService fleet;
    private final LubeLoggerImport importer;
    private final LubeLoggerExport exporter;
    private final TaskRunner tasks;
    private final Messages words;
    private final ObservableList<Vehicle> vehicles = FXCollections.observableArrayList();
    private final ObjectProperty<Vehicle> vehicle = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(ImportKind.FUEL);
    private final ObjectProperty<String> fuelUnit = new SimpleObjectProperty<>("L");
    private final ObjectProperty<FuelUnit> economyUnit = new SimpleObjectProperty<>(FuelUnit.L_PER_100_KM);
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObservableList<FieldChoice> mapping = FXCollections.observableArrayList();
    private final ObservableList<LubeLoggerImport.PreviewRow> preview = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty checked = new SimpleBooleanProperty();
    /** How the file writes its days (null: its dates fit both orders and nobody has chosen yet). */
    private final ObjectProperty<DateOrder> dateOrder = new SimpleObjectProperty<>(DateOrder.MONTH_FIRST);

    private final BooleanProperty dateOrderNeeded = new SimpleBooleanProperty();
    private final BooleanProperty dateOrderDetected = new SimpleBooleanProperty();
    private ImportFile file;
    private ZoneId zone = ZoneId.systemDefault();

    /** @param words the screen's sentences, for the status line */
    public ImportViewModel(
            FleetService fleet,
            LubeLoggerImport importer,
            LubeLoggerExport exporter,
            TaskRunner tasks,
            Messages words) {
        this.fleet = fleet;
        this.importer = importer;
        this.exporter = exporter;
        this.tasks = tasks;
        this.words = words;
        kind.addListener((o, a, b) -> remap());
        vehicle.addListener((o, a, b) -> checked.set(false));
        fuelUnit.addListener((o, a, b) -> checked.set(false));
        dateOrder.addListener((o, a, b) -> checked.set(false));
    }

    private record Loaded(ZoneId zone, List<Vehicle> vehicles) {}

    public void refresh() {
        tasks.latest(
                "fleet.import.vehicles",
                () -> new Loaded(fleet.plantZone(), fleet.vehicles()),
                l -> {
                    zone = l.zone();
                    Vehicle was = vehicle.get();
                    vehicles.setAll(l.vehicles());
                    vehicle.set(
                            was == null
                                    ? null
                                    : l.vehicles().stream()
                                            .filter(v -> v.id().equals(was.id()))
                                            .findFirst()
                                            .orElse(null));
                },
                this::failed);
    }

    /** Reads the file off the FX thread; its header maps itself to the kind's fields. */
    public void open(Path path) {
        busy.set(true);
        status.set(words.get("import.reading"));
        tasks.run(
                "fleet.import.read",
                () -> {
                    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                        return LubeLoggerImport.read(in);
                    }
                },
                f -> {
                    busy.set(false);
                    file = f;
                    fileName.set(path.getFileName().toString());
                    header.setAll(f.header());
                    kind.set(guessKind(f.header()));
                    remap();
                    status.set(words.get("import.read", f.rows().size()));
                },
                this::failed);
    }

    /** A file with a fuel column is a fuel export; anything else is read as service records. */
    private static ImportKind guessKind(List<String> header) {
        return ColumnMapping.guess(ImportKind.FUEL, header)
                        .column("FuelConsumed")
                        .isPresent()
                ? ImportKind.FUEL
                : ImportKind.SERVICE;
    }

    private void remap() {
        checked.set(false);
        preview.clear();
        problems.clear();
        ColumnMapping guess = ColumnMapping.guess(kind.get(), header);
        mapping.setAll(kind.get().fields().stream()
                .map(f -> {
                    FieldChoice c = new FieldChoice(f, guess.column(f.name()).orElse(-1));
                    c.columnProperty().addListener((o, a, b) -> {
                        checked.set(false);
                        if (f.name().equals("Date")) {
                            detectDateOrder();
                        }
                    });
                    return c;
                })
                .toList());
        detectDateOrder();
    }

    /**
     * The order the file's Date column settles (a first number above 12: day first; a second:
     * month first); when its dates fit both, none is chosen and the person is asked.
     */
    private void detectDateOrder() {
        if (file == null) {
            return;
        }
        ColumnMapping m = currentMapping();
        var found = m.detectDateOrder(file);
        dateOrderNeeded.set(m.needsDateOrder(file));
        dateOrderDetected.set(found.isPresent());
        dateOrder.set(found.orElse(dateOrderNeeded.get() ? null : DateOrder.MONTH_FIRST));
    }

    ColumnMapping currentMapping() {
        ColumnMapping m = new ColumnMapping(kind.get(), Map.of(), dateOrder.get());
        for (FieldChoice c : mapping) {
            Integer col = c.columnProperty().get();
            if (col != null && col >= 0) {
                m = m.with(c.field().name(), col);
            }
        }
        return m;
    }

    /** The validation step: every row read with the mapping, nothing written. */
    public void check() {
        Vehicle v = vehicle.get();
        if (file == null || v == null) {
            status.set(words.get("import.need.file"));
            return;
        }
        ImportFile f = file;
        ColumnMapping m = currentMapping();
        String unit = fuelUnit.get();
        busy.set(true);
        status.set(words.get("import.checking"));
        tasks.run(
                "fleet.import.check",
                () -> importer.check(v.id(), f, m, unit, zone),
                (Preview p) -> {
                    busy.set(false);
                    preview.setAll(p.rows());
                    problems.setAll(p.errors().stream()
                            .map(e -> new Problem(e.line(), ErrorText.render(e.reason())))
                            .toList());
                    checked.set(p.errors().isEmpty() && !p.rows().isEmpty());
                    status.set(
                            p.errors().isEmpty()
                                    ? words.get("import.checked.ok", p.rows().size())
                                    : words.get("import.checked.bad", p.errors().size()));
                },
                this::failed);
    }

    /** Writes the checked file in one transaction, with progress; a refused row undoes all of it. */
    public void importNow() {
        Vehicle v = vehicle.get();
        if (file == null || v == null || !checked.get()) {
            return;
        }
        ImportFile f = file;
        ColumnMapping m = currentMapping();
        String unit = fuelUnit.get();
        busy.set(true);
        progress.set(0);
        status.set(words.get("import.writing"));
        tasks.run(
                "fleet.import.run",
                p -> importer.run(
                        v.id(),
                        f,
                        m,
                        unit,
                        zone,
                        (done, total) -> p.report(total == 0 ? 1 : (double) done / total, "")),
                step -> progress.set(step.fraction()),
                (ImportReport r) -> {
                    busy.set(false);
                    progress.set(1);
                    checked.set(false);
                    problems.setAll(r.errors().stream()
                            .map(e -> new Problem(e.line(), ErrorText.render(e.reason())))
                            .toList());
                    status.set(
                            r.ok()
                                    ? words.get("import.done", r.imported(), r.flagged())
                                    : words.get("import.refused", r.errors().size()));
                },
                this::failed);
    }

    /** Writes the chosen vehicle's records of the chosen kind to {@code path}, in LubeLogger's format. */
    public void export(Path path) {
        Vehicle v = vehicle.get();
        if (v == null) {
            status.set(words.get("import.need.vehicle"));
            return;
        }
        ImportKind k = kind.get();
        FuelUnit unit = economyUnit.get();
        busy.set(true);
        tasks.run(
                "fleet.export",
                () -> {
                    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                        return exporter.write(v.id(), k, unit, zone, out);
                    }
                },
                n -> {
                    busy.set(false);
                    status.set(words.get("export.done", n, path.getFileName().toString()));
                },
                this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        status.set(ErrorText.of(e));
    }

    public ObservableList<Vehicle> vehicles() {
        return vehicles;
    }

    public ObjectProperty<Vehicle> vehicleProperty() {
        return vehicle;
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> fuelUnitProperty() {
        return fuelUnit;
    }

    public ObjectProperty<DateOrder> dateOrderProperty() {
        return dateOrder;
    }

    /** Whether the file writes a date with day and month (not ISO), so the order matters. */
    public BooleanProperty dateOrderNeededProperty() {
        return dateOrderNeeded;
    }

    /** Whether the order was read from the file's own dates. */
    public BooleanProperty dateOrderDetectedProperty() {
        return dateOrderDetected;
    }

    public ObjectProperty<FuelUnit> economyUnitProperty() {
        return economyUnit;
    }

    public ObservableList<String> header() {
        return header;
    }

    public ObservableList<FieldChoice> mapping() {
        return mapping;
    }

    public ObservableList<LubeLoggerImport.PreviewRow> preview() {
        return preview;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public StringProperty fileNameProperty() {
        return fileName;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public ZoneId zone() {
        return zone;
    }
}
