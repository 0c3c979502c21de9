package io.plantdesk.sewing.ui;

import io.plantdesk.sewing.LineMember;
import io.plantdesk.sewing.ScanResult;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.StaleMarker;
import io.plantdesk.ui.widgets.StateView;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Who, which operation, and one large field the keyboard-wedge scanner types into (Enter sends).
 * The field takes the focus back after every answer, so the station never needs a mouse; the
 * answer is a large sentence, green-blue when recorded and orange with an icon-free word when
 * refused (a pair colour-blind eyes tell apart), and the last scans are listed below.
 */
public final class ScanStationView {

    static final String OK = "scan-ok";
    static final String REFUSED = "scan-refused";
    private static final Formats FORMATS = Formats.system();

    private final ScanStationViewModel vm;
    private final Messages m;

    public ScanStationView(ScanStationViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public Node build() {
        Label title = new Label(m.get("scan.title"));
        title.getStyleClass().add("page-title");

        ComboBox<LineMember> operator = new ComboBox<>(vm.operators());
        operator.setId("scanOperator");
        operator.setMaxWidth(Double.MAX_VALUE);
        operator.setConverter(converter(p -> p.displayName()));
        operator.valueProperty().bindBidirectional(vm.operatorProperty());
        ComboBox<ScanStationViewModel.OperationChoice> operation = new ComboBox<>(vm.operations());
        operation.setId("scanOperation");
        operation.setMaxWidth(Double.MAX_VALUE);
        operation.setConverter(converter(c -> m.get(
                "scan.operation.item",
                c.styleCode(),
                c.operation().seq(),
                c.operation().name())));
        operation.valueProperty().bindBidirectional(vm.operationProperty());

        TextField code = new TextField();
        code.setId("scanCode");
        code.setPromptText(m.get("scan.code.prompt"));
        code.getStyleClass().add("scan-code");
        code.textProperty().bindBidirectional(vm.codeProperty());
        code.setOnAction(e -> vm.submit());

        GridPane form = new GridPane(12, 8);
        form.addRow(0, fieldLabel(m.get("scan.operator")), operator);
        form.addRow(1, fieldLabel(m.get("scan.operation")), operation);
        form.addRow(2, fieldLabel(m.get("scan.code")), code);
        GridPane.setHgrow(operator, Priority.ALWAYS);
        GridPane.setHgrow(code, Priority.ALWAYS);

        Label answer = new Label(m.get("scan.ready"));
        answer.setId("scanAnswer");
        answer.setWrapText(true);
        answer.setMaxWidth(Double.MAX_VALUE);
        answer.getStyleClass().add("scan-answer");
        vm.outcomeProperty().addListener((o, was, now) -> {
            answer.getStyleClass().removeAll(OK, REFUSED);
            if (now == null) {
                return;
            }
            if (now.needsChoice()) {
                answer.setText(m.get("scan.choose.first"));
                answer.getStyleClass().add(REFUSED);
            } else if (now.result() != null) {
                ScanResult r = now.result();
                answer.setText(m.get(
                        r.repeated() ? "scan.recorded.before" : "scan.recorded",
                        r.ticket(),
                        r.styleCode(),
                        r.operation(),
                        r.operatorName(),
                        r.pieces()));
                answer.getStyleClass().add(OK);
            } else if (now.queued() != null) {
                // Kept on this computer: an answer the operator can trust, in the "done" colour.
                answer.setText(m.get("scan.queued", now.queued()));
                answer.getStyleClass().add(OK);
            } else {
                answer.setText(now.refusal());
                answer.getStyleClass().add(REFUSED);
            }
            Platform.runLater(code::requestFocus);
        });

        TableView<ScanResult> recent = new TableView<>(vm.recent());
        recent.setId("scanRecent");
        recent.setFocusTraversable(false);
        recent.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        recent.getColumns()
                .add(Columns.text(
                        m.get("scan.col.time"),
                        (ScanResult r) -> FORMATS.time(r.scannedAt().toInstant())));
        recent.getColumns().add(Columns.text(m.get("scan.col.ticket"), (ScanResult r) -> Integer.toString(r.ticket())));
        recent.getColumns().add(Columns.text(m.get("scan.col.operation"), ScanResult::operation));
        recent.getColumns().add(Columns.text(m.get("scan.col.operator"), ScanResult::operatorName));
        recent.getColumns().add(Columns.text(m.get("scan.col.pieces"), (ScanResult r) -> Integer.toString(r.pieces())));
        recent.setPlaceholder(new Label(m.get("scan.recent.none")));
        VBox.setVgrow(recent, Priority.ALWAYS);

        VBox content = new VBox(
                16, new StaleMarker(vm.shownAsOfProperty(), t -> m.get("scan.cached", t)), form, answer, recent);
        StateView states = new StateView(content);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("scan.loading"),
                        m.get("scan.empty"),
                        m.get("scan.empty.hint"),
                        null,
                        null,
                        m.get("scan.error"),
                        m.get("scan.retry"),
                        vm::refresh));

        HBox header = new HBox(title);
        header.getStyleClass().add("page-header");
        VBox body = new VBox(states);
        body.getStyleClass().addAll("page-body", "scan-station");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.setId("scanStation");
        return root;
    }

    /** A form label never cut short (Floor mode's large type included). */
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
