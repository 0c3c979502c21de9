package io.plantdesk.sewing.ui.closeout;

import io.plantdesk.sewing.LateScan;
import io.plantdesk.sewing.LineQuality;
import io.plantdesk.sewing.ShiftClose;
import io.plantdesk.sewing.ShiftSpan;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.StateView;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The shift, stepped with Previous and Next; its lines' figures (output, efficiency, on-standard
 * efficiency, operators, overtime, DHU, % defective, rework %, WIP); its late scans; and the one
 * action that fits: close (accepting the late scans listed) or reopen (with a reason).
 */
public final class ShiftCloseoutView {

    static final String CLOSED = "closeout-closed";
    private static final Formats FORMATS = Formats.system();

    private final ShiftCloseoutViewModel vm;
    private final Messages m;

    public ShiftCloseoutView(ShiftCloseoutViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public Node build() {
        Label title = new Label(m.get("close.title"));
        title.getStyleClass().add("page-title");

        Button previous = new Button(m.get("close.previous"));
        previous.setId("closePrevious");
        previous.setOnAction(e -> vm.previous());
        Button next = new Button(m.get("close.next"));
        next.setId("closeNext");
        next.setOnAction(e -> vm.next());
        Label shift = new Label();
        shift.setId("closeShift");
        shift.getStyleClass().add("closeout-shift");
        Label status = new Label();
        status.setId("closeStatus");
        status.getStyleClass().add("closeout-status");
        status.setWrapText(true);
        Runnable showShift = () -> {
            ShiftSpan s = vm.shiftProperty().get();
            ShiftClose c = vm.stateProperty().get();
            shift.setText(
                    s == null
                            ? ""
                            : m.get(
                                    "close.shift",
                                    s.name() == null ? m.get("close.noshift") : s.name(),
                                    FORMATS.dateTime(s.startsAt().toInstant()),
                                    FORMATS.time(s.endsAt().toInstant())));
            status.getStyleClass().remove(CLOSED);
            if (c != null && c.closed()) {
                status.setText(m.get(
                        "close.status.closed",
                        c.closedBy(),
                        FORMATS.dateTime(c.closedAt().toInstant()),
                        c.lateScans()));
                status.getStyleClass().add(CLOSED);
            } else if (c != null) {
                status.setText(m.get("close.status.reopened", c.reopenedBy(), c.reopenReason()));
            } else {
                status.setText(vm.endedProperty().get() ? m.get("close.status.open") : m.get("close.status.running"));
            }
        };
        vm.shiftProperty().addListener((o, was, now) -> showShift.run());
        vm.stateProperty().addListener((o, was, now) -> showShift.run());
        vm.endedProperty().addListener((o, was, now) -> showShift.run());
        FlowPane nav = new FlowPane(12, 8, previous, shift, next);

        TableView<ShiftCloseoutViewModel.LineRow> lines = new TableView<>(vm.rows());
        lines.setId("closeLines");
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.getColumns()
                .add(Columns.text(
                        m.get("close.col.line"),
                        (ShiftCloseoutViewModel.LineRow r) -> r.figures().lineCode()));
        lines.getColumns()
                .add(number(
                        m.get("close.col.output"),
                        r -> FORMATS.number(r.figures().output())));
        lines.getColumns()
                .add(number(
                        m.get("close.col.efficiency"), r -> percent(r.figures().efficiency())));
        lines.getColumns()
                .add(number(
                        m.get("close.col.onstandard"), r -> percent(r.figures().onStandardEfficiency())));
        lines.getColumns()
                .add(number(
                        m.get("close.col.operators"),
                        r -> FORMATS.number(r.figures().operators())));
        lines.getColumns()
                .add(number(
                        m.get("close.col.overtime"),
                        r -> FORMATS.number(r.figures().overtimeMinutes())));
        lines.getColumns()
                .add(number(m.get("close.col.dhu"), r -> decimal(quality(r).flatMap(LineQuality::dhu))));
        lines.getColumns()
                .add(number(
                        m.get("close.col.defective"), r -> percent(quality(r).flatMap(LineQuality::percentDefective))));
        lines.getColumns()
                .add(number(m.get("close.col.rework"), r -> percent(quality(r).flatMap(LineQuality::reworkPercent))));
        lines.getColumns()
                .add(number(
                        m.get("close.col.wip"),
                        r -> quality(r).map(q -> FORMATS.number(q.wip())).orElse(m.get("close.dash"))));
        lines.setPlaceholder(new Label(m.get("close.lines.none")));
        lines.setPrefHeight(180);
        // In Floor mode at 728 px the late-scan list took all the height and cut the lines' table
        // to its header: the figures being closed must stay readable.
        lines.setMinHeight(150);

        Label lateTitle = new Label();
        lateTitle.setId("closeLateTitle");
        lateTitle.getStyleClass().add("section-title");
        lateTitle.setWrapText(true);
        lateTitle
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> m.get("close.late.title", vm.late().size()), vm.late()));
        TableView<LateScan> late = new TableView<>(vm.late());
        late.setId("closeLate");
        late.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        late.getColumns()
                .add(Columns.text(
                        m.get("close.col.scanned"),
                        (LateScan s) -> FORMATS.time(s.scannedAt().toInstant())));
        late.getColumns()
                .add(Columns.text(
                        m.get("close.col.recorded"),
                        (LateScan s) -> FORMATS.dateTime(s.recordedAt().toInstant())));
        late.getColumns().add(Columns.text(m.get("close.col.ticket"), (LateScan s) -> Integer.toString(s.ticket())));
        late.getColumns().add(Columns.text(m.get("close.col.operation"), LateScan::operation));
        late.getColumns().add(Columns.text(m.get("close.col.operator"), LateScan::operatorName));
        late.getColumns().add(Columns.text(m.get("close.col.line"), LateScan::lineCode));
        late.getColumns().add(Columns.text(m.get("close.col.pieces"), (LateScan s) -> Integer.toString(s.pieces())));
        late.setPlaceholder(new Label(m.get("close.late.none")));
        VBox.setVgrow(late, Priority.ALWAYS);

        Button close = new Button();
        close.setId("closeShiftButton");
        close.getStyleClass().add("accent");
        close.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> m.get("close.action", vm.late().size()), vm.late()));
        close.disableProperty()
                .bind(vm.endedProperty()
                        .not()
                        .or(Bindings.createBooleanBinding(
                                () -> vm.stateProperty().get() != null
                                        && vm.stateProperty().get().closed(),
                                vm.stateProperty())));
        close.setOnAction(e -> vm.close());
        close.setMinWidth(Region.USE_PREF_SIZE);
        TextField reason = new TextField();
        reason.setId("closeReason");
        reason.setPromptText(m.get("close.reason.prompt"));
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button reopen = new Button(m.get("close.reopen"));
        reopen.setId("closeReopen");
        reopen.setOnAction(e -> vm.reopen());
        reason.setOnAction(e -> vm.reopen());
        reopen.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> vm.stateProperty().get() == null
                                || !vm.stateProperty().get().closed(),
                        vm.stateProperty()));
        reason.disableProperty().bind(reopen.disableProperty());
        reopen.setMinWidth(Region.USE_PREF_SIZE);
        reason.setMinWidth(120);
        HBox actions = new HBox(12, close, reason, reopen);
        actions.getStyleClass().add("closeout-actions");
        Label message = new Label();
        message.setId("closeMessage");
        message.setWrapText(true);
        message.getStyleClass().add("closeout-message");
        message.textProperty().bind(vm.messageProperty());

        VBox content = new VBox(12, nav, status, lines, lateTitle, late, actions, message);
        StateView states = new StateView(content);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("close.loading"),
                        m.get("close.loading"),
                        "",
                        null,
                        null,
                        m.get("close.error"),
                        m.get("close.retry"),
                        vm::refresh));

        HBox header = new HBox(title);
        header.getStyleClass().add("page-header");
        VBox body = new VBox(states);
        body.getStyleClass().add("page-body");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.setId("shiftCloseout");
        return root;
    }

    private static Optional<LineQuality> quality(ShiftCloseoutViewModel.LineRow r) {
        return Optional.ofNullable(r.quality());
    }

    private static TableColumn<ShiftCloseoutViewModel.LineRow, String> number(
            String title, Function<ShiftCloseoutViewModel.LineRow, String> value) {
        TableColumn<ShiftCloseoutViewModel.LineRow, String> c = Columns.text(title, value);
        c.getStyleClass().add("number");
        return c;
    }

    private String decimal(Optional<BigDecimal> v) {
        return v.map(d -> {
                    NumberFormat f = NumberFormat.getNumberInstance(FORMATS.locale());
                    f.setMinimumFractionDigits(1);
                    f.setMaximumFractionDigits(1);
                    return f.format(d);
                })
                .orElse(m.get("close.dash"));
    }

    private String percent(Optional<BigDecimal> v) {
        return v.isEmpty() ? m.get("close.dash") : m.get("close.percent", decimal(v));
    }
}
