package io.plantdesk.sewing.ui.runs;

import io.plantdesk.sewing.CuttingRow;
import io.plantdesk.sewing.PlantPerson;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Forms;
import io.plantdesk.ui.widgets.Shown;
import io.plantdesk.ui.widgets.StateView;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The chosen run's cutting, under the "Cutting" tab beside the run form: its lays (choosing one
 * puts it in the form), the lay form with each field's sentence under it, and "Make bundles" for
 * a saved lay not yet cut. Without a saved run it says how to get one.
 */
final class CuttingPane {

    private static final Formats FORMATS = Formats.system();

    private final CuttingViewModel vm;
    private final Messages m;

    CuttingPane(CuttingViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    Node build() {
        Label none = new Label(m.get("cut.no.run"));
        none.setId("cutNoRun");
        none.setWrapText(true);
        none.setMinHeight(Region.USE_PREF_SIZE);
        Label heading = new Label();
        heading.setId("cutTitle");
        heading.getStyleClass().add("text-bold");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.runProperty().get() == null
                                ? ""
                                : m.get("cut.title", vm.runProperty().get().orderRef()),
                        vm.runProperty()));

        VBox part = new VBox(12, heading, lays(), form(), bundles());
        VBox box = new VBox(12, none, part);
        for (Node n : new Node[] {none, part}) {
            boolean forNone = n == none;
            n.visibleProperty()
                    .bind(forNone ? vm.runProperty().isNull() : vm.runProperty().isNotNull());
            n.managedProperty().bind(n.visibleProperty());
        }
        box.setId("cutPane");
        box.getStyleClass().add("run-form");
        return box;
    }

    private Node lays() {
        ListView<CuttingRow> list = new ListView<>(vm.lays());
        list.setId("cutLays");
        list.setPrefHeight(200);
        list.setMinHeight(120);
        list.setCellFactory(v -> {
            ListCell<CuttingRow> cell = new ListCell<>() {
                @Override
                protected void updateItem(CuttingRow r, boolean empty) {
                    super.updateItem(r, empty);
                    setText(empty || r == null ? null : describe(r));
                }
            };
            // Three short lines (a long name wraps); sewing.css lets the cell be as high as they are.
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.edit(now);
            }
        });
        // A new lay or another run: nothing chosen in the list either.
        vm.editingProperty().addListener((o, was, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            }
        });
        StateView states = new StateView(list);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("cut.loading"),
                        m.get("cut.empty"),
                        m.get("cut.empty.hint"),
                        null,
                        null,
                        m.get("cut.error"),
                        m.get("runs.retry"),
                        () -> vm.show(vm.runProperty().get())));
        states.setMinHeight(120);
        return states;
    }

    private String describe(CuttingRow r) {
        String when = FORMATS.date(r.cutAt().atZoneSameInstant(FORMATS.zone()).toLocalDate());
        String who = r.cutterName() == null ? m.get("cut.cutter.unknown") : r.cutterName();
        return r.bundles() > 0
                ? m.get("cut.item.bundled", r.layNo(), r.piecesCut(), r.plies(), r.bundles(), who, when)
                : m.get("cut.item", r.layNo(), r.piecesCut(), r.plies(), who, when);
    }

    private Node form() {
        LayEdit f = vm.form();
        Label heading = new Label();
        heading.setId("cutFormTitle");
        heading.getStyleClass().add("text-bold");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.editingProperty().get() == null
                                ? m.get("cut.form.new")
                                : m.get(
                                        "cut.form.edit",
                                        vm.editingProperty().get().layNo()),
                        vm.editingProperty()));

        TextField pieces = field("cutPieces", f.pieces);
        pieces.disableProperty().bind(vm.keepsPiecesProperty());
        ComboBox<PlantPerson> cutter = new ComboBox<>(vm.cutters());
        cutter.setId("cutCutter");
        cutter.setConverter(Shown.as(p -> p == null ? "" : p.name()));
        cutter.valueProperty().bindBidirectional(f.cutter);
        cutter.setMaxWidth(Double.MAX_VALUE);
        DatePicker day = new DatePicker();
        day.setId("cutDay");
        day.valueProperty().bindBidirectional(f.cutOn);
        day.setMaxWidth(Double.MAX_VALUE);

        // Two fields a row: the lay's figures side by side keep the form short at 728 px high.
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(6);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.ALWAYS);
            c.setPercentWidth(50);
            g.getColumnConstraints().add(c);
        }
        g.add(cell("cut.lay", field("cutLayNo", f.layNo), f.layNoError, "cutLayNoError"), 0, 0);
        g.add(cell("cut.plies", field("cutPlies", f.plies), f.pliesError, "cutPliesError"), 1, 0);
        g.add(cell("cut.pieces", pieces, f.piecesError, "cutPiecesError"), 0, 1);
        g.add(cell("cut.fabric", field("cutFabric", f.fabric), f.fabricError, "cutFabricError"), 1, 1);
        g.add(cell("cut.wastage", field("cutWastage", f.wastage), f.wastageError, "cutWastageError"), 0, 2);
        g.add(cell("cut.minutes", field("cutMinutes", f.minutes), f.minutesError, "cutMinutesError"), 1, 2);
        g.add(cell("cut.day", day, f.whenError, "cutWhenError"), 0, 3);
        g.add(labelled("cut.time", field("cutTime", f.cutTime)), 1, 3);
        g.add(cell("cut.cutter", cutter, f.cutterError, "cutCutterError"), 0, 4, 2, 1);

        Button save = new Button(m.get("cut.save"));
        save.setId("cutSave");
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> {
            RunFormPane.commit(day);
            vm.save();
        });
        Button fresh = new Button(m.get("cut.new"));
        fresh.setId("cutNew");
        fresh.setOnAction(e -> vm.newLay());
        FlowPane actions = new FlowPane(12, 8, save, fresh);
        return new VBox(
                8,
                heading,
                g,
                Forms.hint(m.get("cut.fabric.hint")),
                actions,
                message("cutMessage", vm.messageProperty()));
    }

    private Node bundles() {
        BundleEdit b = vm.bundles();
        Label heading = new Label(m.get("cut.bundles"));
        heading.getStyleClass().add("text-bold");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        TextField sizes = field("cutSizes", b.sizes);
        sizes.setPromptText(m.get("cut.sizes.prompt"));
        TextField per = field("cutBundleSize", b.bundleSize);
        Button make = new Button(m.get("cut.bundles.make"));
        make.setId("cutMakeBundles");
        make.disableProperty().bind(vm.savingProperty());
        make.setOnAction(e -> vm.makeBundles());
        VBox section = new VBox(
                6,
                heading,
                Forms.hint(m.get("cut.bundles.hint")),
                cell("cut.sizes", sizes, b.sizesError, "cutSizesError"),
                cell("cut.bundle.size", per, b.bundleSizeError, "cutBundleSizeError"),
                make);
        section.setId("cutBundles");
        section.visibleProperty().bind(vm.canBundleProperty());
        section.managedProperty().bind(section.visibleProperty());
        // The outcome stays in view after the section closes on a lay now cut.
        return new VBox(8, section, message("cutBundleMessage", vm.bundleMessageProperty()));
    }

    private Label message(String id, ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    /** A label above its field, the field's sentence (when there is one) under it. */
    private VBox cell(String key, Region field, StringProperty error, String errorId) {
        VBox c = labelled(key, field);
        Label e = new Label();
        e.setId(errorId);
        e.getStyleClass().add("field-error");
        e.setWrapText(true);
        e.setMinHeight(Region.USE_PREF_SIZE);
        e.textProperty().bind(error);
        e.managedProperty().bind(error.isNotEmpty());
        e.visibleProperty().bind(error.isNotEmpty());
        c.getChildren().add(e);
        return c;
    }

    private VBox labelled(String key, Region field) {
        Label l = new Label(m.get(key));
        l.setLabelFor(field);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        field.setMaxWidth(Double.MAX_VALUE);
        field.setMinWidth(0);
        return new VBox(4, l, field);
    }

    private static TextField field(String id, StringProperty value) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        return t;
    }
}
