package io.plantdesk.sewing.ui;

import io.plantdesk.sewing.LineMember;
import io.plantdesk.sewing.QcBundle;
import io.plantdesk.sewing.ui.QcStationActions.RecordedCheck;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.StaleMarker;
import io.plantdesk.ui.widgets.StateView;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The QC checkpoint: the bundle's code (the scanner types it, Enter looks it up), the operation
 * checked and who sewed it, pieces checked and defective, and a count per defect code, each with
 * minus and plus for a finger and a field for the keyboard. Beside it the station's checks, one
 * of which the rework row records mended pieces for. A problem is one orange sentence naming
 * what to fix, and that field takes the focus; nothing typed is cleared until a check is kept.
 */
public final class QcStationView {

    static final String INVALID = "field-invalid";
    private static final Formats FORMATS = Formats.system();

    private final QcStationViewModel vm;
    private final Messages m;
    private final Map<QcForm.Field, Control> fields = new EnumMap<>(QcForm.Field.class);

    public QcStationView(QcStationViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public Node build() {
        Label title = new Label(m.get("qc.title"));
        title.getStyleClass().add("page-title");

        TextField code = new TextField();
        code.setId("qcCode");
        code.setPromptText(m.get("qc.code.prompt"));
        code.getStyleClass().add("scan-code");
        code.textProperty().bindBidirectional(vm.codeProperty());
        code.setOnAction(e -> vm.lookUp());
        Button lookUp = new Button(m.get("qc.lookup"));
        lookUp.setId("qcLookup");
        lookUp.setMinWidth(Region.USE_PREF_SIZE);
        lookUp.setOnAction(e -> vm.lookUp());
        HBox codeRow = new HBox(8, code, lookUp);
        HBox.setHgrow(code, Priority.ALWAYS);

        Label bundle = new Label();
        bundle.setId("qcBundle");
        bundle.setWrapText(true);
        bundle.getStyleClass().add("qc-bundle");
        Runnable showBundle = () -> {
            QcBundle b = vm.bundleProperty().get();
            String note = vm.lookupNoteProperty().get();
            bundle.setText(
                    b != null
                            ? m.get(
                                    "qc.bundle",
                                    b.bundle().ticket(),
                                    b.bundle().styleCode(),
                                    b.bundle().size(),
                                    b.bundle().quantity(),
                                    b.bundle().orderRef())
                            : note != null ? note : m.get("qc.ready"));
        };
        vm.bundleProperty().addListener((o, a, b) -> showBundle.run());
        vm.lookupNoteProperty().addListener((o, a, b) -> showBundle.run());
        showBundle.run();

        ComboBox<QcStationViewModel.StepChoice> operation = new ComboBox<>(vm.steps());
        operation.setId("qcOperation");
        operation.setMaxWidth(Double.MAX_VALUE);
        operation.setPromptText(m.get("qc.operation.prompt"));
        operation.setConverter(converter(s -> s.sewnByName() != null
                ? m.get(
                        "qc.step.sewn",
                        s.choice().styleCode(),
                        s.choice().operation().seq(),
                        s.choice().operation().name(),
                        s.sewnByName())
                : m.get(
                        "scan.operation.item",
                        s.choice().styleCode(),
                        s.choice().operation().seq(),
                        s.choice().operation().name())));
        operation.valueProperty().bindBidirectional(vm.stepProperty());

        ComboBox<LineMember> operator = new ComboBox<>(vm.operators());
        operator.setId("qcOperator");
        operator.setMaxWidth(Double.MAX_VALUE);
        operator.setPromptText(m.get("qc.operator.prompt"));
        operator.setConverter(converter(LineMember::displayName));
        operator.valueProperty().bindBidirectional(vm.operatorProperty());

        QcCounter checked = new QcCounter("qcChecked", vm.checkedProperty(), m.get("qc.checked"), m);
        QcCounter defective = new QcCounter("qcDefective", vm.defectiveProperty(), m.get("qc.defective"), m);

        GridPane form = new GridPane(12, 8);
        form.addRow(0, fieldLabel(m.get("qc.code")), codeRow);
        form.add(bundle, 1, 1);
        form.addRow(2, fieldLabel(m.get("qc.operation")), operation);
        form.addRow(3, fieldLabel(m.get("qc.operator")), operator);
        // Checked and defective side by side: the two numbers an inspector sets for every bundle.
        HBox counts = new HBox(12, checked, fieldLabel(m.get("qc.defective")), defective);
        counts.setAlignment(Pos.CENTER_LEFT);
        form.addRow(4, fieldLabel(m.get("qc.checked")), counts);
        GridPane.setHgrow(codeRow, Priority.ALWAYS);

        FlowPane codes = new FlowPane(16, 8);
        codes.setId("qcDefects");
        Runnable showCodes = () -> codes.getChildren()
                .setAll(vm.defects().stream()
                        .map(d -> {
                            Label name = new Label(m.get(
                                    "qc.defect.item", d.code().code(), d.code().name()));
                            name.setMinWidth(Region.USE_PREF_SIZE);
                            QcCounter c = new QcCounter(
                                    "qcDefect-" + d.code().code(),
                                    d.count(),
                                    d.code().name(),
                                    m);
                            VBox box = new VBox(4, name, c);
                            box.getStyleClass().add("qc-defect");
                            return (Node) box;
                        })
                        .toList());
        vm.defects().addListener((ListChangeListener<QcStationViewModel.DefectEntry>) ch -> showCodes.run());
        showCodes.run();
        Label codesTitle = new Label(m.get("qc.defects"));
        codesTitle.getStyleClass().add("qc-section");
        Label noCodes = new Label(m.get("qc.defects.none"));
        noCodes.visibleProperty().bind(Bindings.isEmpty(vm.defects()));
        noCodes.managedProperty().bind(noCodes.visibleProperty());

        Button save = new Button(m.get("qc.save"));
        save.setId("qcSave");
        save.setDefaultButton(false);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.actions().sendingProperty());
        save.setOnAction(e -> vm.record());

        Label problem = new Label();
        problem.setId("qcProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.getStyleClass().addAll("scan-answer", ScanStationView.REFUSED);
        problem.visibleProperty().bind(vm.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        Label answer = new Label();
        answer.setId("qcAnswer");
        answer.setWrapText(true);
        answer.setMaxWidth(Double.MAX_VALUE);
        answer.getStyleClass().addAll("scan-answer", ScanStationView.OK);
        answer.textProperty().bind(vm.actions().answerProperty());
        answer.visibleProperty()
                .bind(vm.actions()
                        .answerProperty()
                        .isNotNull()
                        .and(vm.problemProperty().isNull()));
        answer.managedProperty().bind(answer.visibleProperty());

        fields.put(QcForm.Field.CODE, code);
        fields.put(QcForm.Field.OPERATION, operation);
        fields.put(QcForm.Field.OPERATOR, operator);
        fields.put(QcForm.Field.CHECKED, checked.field);
        fields.put(QcForm.Field.DEFECTIVE, defective.field);
        fields.put(QcForm.Field.DEFECTS, defective.field);

        VBox left = new VBox(12, form, codesTitle, noCodes, codes, save, problem, answer);
        left.getStyleClass().add("qc-form");
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = recent();
        HBox.setHgrow(right, Priority.ALWAYS);
        // Side by side while both columns fit; the station's list and rework go under the form when
        // they would not (Floor mode's type at 1280 px), never past the window's edge.
        HBox columns = new HBox(24, left, right);
        VBox stacked = new VBox(24);
        fields.put(QcForm.Field.REWORK, (Control) right.lookup("#qcReworkPieces"));

        vm.problemProperty().addListener((o, was, now) -> {
            fields.values().forEach(f -> {
                if (f != null) {
                    f.getStyleClass().remove(INVALID);
                }
            });
            codes.lookupAll(".qc-count").forEach(n -> n.getStyleClass().remove(INVALID));
            problem.setText(now == null ? "" : now.text());
            if (now == null) {
                return;
            }
            Node target =
                    now.field() == QcForm.Field.DEFECTS && !codes.getChildren().isEmpty()
                            ? codes.lookup(".qc-count")
                            : fields.get(now.field());
            if (target != null) {
                target.getStyleClass().add(INVALID);
                Platform.runLater(target::requestFocus);
            }
        });
        // After a kept check the scanner's field is ready for the next bundle.
        vm.actions().answerProperty().addListener((o, was, now) -> Platform.runLater(code::requestFocus));

        VBox arranged = new VBox(24, columns, stacked);
        ScrollPane scroll = new ScrollPane(arranged);
        scroll.setFitToWidth(true);
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            boolean fits = left.prefWidth(-1) + 24 + right.minWidth(-1) <= now.getWidth();
            if (fits && right.getParent() != columns) {
                stacked.getChildren().remove(right);
                columns.getChildren().add(right);
            } else if (!fits && right.getParent() != stacked) {
                columns.getChildren().remove(right);
                stacked.getChildren().add(right);
            }
        });
        scroll.getStyleClass().add("edge-to-edge");
        VBox content = new VBox(12, new StaleMarker(vm.shownAsOfProperty(), t -> m.get("qc.cached", t)), scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        StateView states = new StateView(content);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("qc.loading"),
                        m.get("qc.empty"),
                        m.get("scan.empty.hint"),
                        null,
                        null,
                        m.get("qc.error"),
                        m.get("scan.retry"),
                        vm::refresh));

        HBox header = new HBox(title);
        header.getStyleClass().add("page-header");
        VBox body = new VBox(states);
        body.getStyleClass().addAll("page-body", "qc-station");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.setId("qcStation");
        return root;
    }

    /** The station's checks, newest first, and the rework row for the one chosen. */
    private VBox recent() {
        QcStationActions a = vm.actions();
        TableView<RecordedCheck> table = new TableView<>(a.recent());
        table.setId("qcRecent");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .add(Columns.text(m.get("scan.col.time"), (RecordedCheck c) -> FORMATS.time(c.at().toInstant())));
        table.getColumns().add(Columns.text(m.get("scan.col.ticket"), RecordedCheck::bundleLabel));
        table.getColumns().add(Columns.text(m.get("scan.col.operation"), RecordedCheck::operation));
        table.getColumns()
                .add(Columns.text(
                        m.get("qc.col.defective"),
                        (RecordedCheck c) -> m.get("qc.col.defective.value", c.defective(), c.checked(), c.defects())));
        table.getColumns()
                .add(Columns.text(
                        m.get("qc.col.state"),
                        (RecordedCheck c) -> c.queued()
                                ? m.get("qc.state.queued", c.reworked())
                                : m.get("qc.state.recorded", c.reworked())));
        Label none = new Label(m.get("qc.recent.none"));
        none.setWrapText(true); // a narrow list in Floor type: the sentence wraps rather than being cut
        table.setPlaceholder(none);
        table.setPrefHeight(260);
        VBox.setVgrow(table, Priority.ALWAYS);
        // Picking a check chooses it for rework; a new check with defects is chosen by itself.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                a.reworkOfProperty().set(now);
            }
        });
        a.reworkOfProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });

        Label reworkTitle = new Label(m.get("qc.rework"));
        reworkTitle.getStyleClass().add("qc-section");
        Label of = new Label();
        of.setId("qcReworkOf");
        of.setWrapText(true);
        of.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> a.reworkOfProperty().get() == null
                                ? m.get("qc.rework.none")
                                : m.get(
                                        "qc.rework.of",
                                        a.reworkOfProperty().get().bundleLabel(),
                                        a.reworkOfProperty().get().operation(),
                                        a.reworkOfProperty().get().defective()),
                        a.reworkOfProperty()));
        QcCounter pieces = new QcCounter("qcReworkPieces", a.reworkPiecesProperty(), m.get("qc.rework.pieces"), m);
        Button rework = new Button(m.get("qc.rework.save"));
        rework.setId("qcRework");
        rework.setMinWidth(Region.USE_PREF_SIZE);
        rework.disableProperty().bind(a.reworkOfProperty().isNull());
        rework.setOnAction(e -> vm.rework());
        HBox row = new HBox(12, fieldLabel(m.get("qc.rework.pieces")), pieces, rework);
        row.setAlignment(Pos.CENTER_LEFT);
        Label recentTitle = new Label(m.get("qc.recent"));
        recentTitle.getStyleClass().add("qc-section");
        VBox box = new VBox(12, recentTitle, table, reworkTitle, of, row);
        box.setMinWidth(360);
        return box;
    }

    private static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null; // picked from the list
            }
        };
    }
}
