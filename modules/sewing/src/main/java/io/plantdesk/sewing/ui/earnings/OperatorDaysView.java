package io.plantdesk.sewing.ui.earnings;

import io.plantdesk.sewing.OperatorDay;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.StateView;
import java.io.File;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Two dates, the operators' days between them (efficiency against standard minutes, on-standard
 * efficiency, pay in the plant's currency) and the total paid; "Export CSV" saves what is shown.
 */
public final class OperatorDaysView {

    private static final Formats FORMATS = Formats.system();

    private final OperatorDaysViewModel vm;
    private final Messages m;

    public OperatorDaysView(OperatorDaysViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public Node build() {
        Label title = new Label(m.get("days.title"));
        title.getStyleClass().add("page-title");

        DatePicker from = new DatePicker();
        from.setId("daysFrom");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("daysTo");
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button export = new Button(m.get("days.export"));
        export.setId("daysExport");
        export.disableProperty().bind(Bindings.isEmpty(vm.rows()));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("days.export.title"));
            chooser.setInitialFileName(m.get(
                    "days.export.file", vm.fromProperty().get(), vm.toProperty().get()));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("days.export.filter"), "*.csv"));
            File file = chooser.showSaveDialog(export.getScene().getWindow());
            if (file != null) {
                vm.exportCsv(file.toPath());
            }
        });
        FlowPane tools = new FlowPane(12, 8, label(m.get("days.from")), from, label(m.get("days.to")), to, export);
        tools.getStyleClass().add("days-tools");

        TableView<OperatorDay> table = new TableView<>(vm.rows());
        table.setId("daysTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(m.get("days.col.day"), (OperatorDay d) -> FORMATS.date(d.day())));
        table.getColumns().add(Columns.text(m.get("days.col.operator"), OperatorDay::operatorName));
        table.getColumns()
                .add(Columns.text(m.get("days.col.line"), (OperatorDay d) -> d.lineCode() == null ? "" : d.lineCode()));
        table.getColumns().add(number(m.get("days.col.pieces"), d -> FORMATS.number(d.pieces())));
        table.getColumns().add(number(m.get("days.col.earned"), d -> decimal(d.earnedMinutes())));
        table.getColumns().add(number(m.get("days.col.worked"), d -> FORMATS.number(d.minutesWorked())));
        table.getColumns().add(number(m.get("days.col.off"), d -> decimal(d.offStandardMinutes())));
        table.getColumns().add(number(m.get("days.col.efficiency"), d -> percent(d.efficiency())));
        table.getColumns().add(number(m.get("days.col.onstandard"), d -> percent(d.onStandardEfficiency())));
        table.getColumns().add(number(m.get("days.col.pay"), d -> money(d.earnings())));
        table.setPlaceholder(new Label(m.get("days.none")));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label total = new Label();
        total.setId("daysTotal");
        total.getStyleClass().add("days-total");
        total.setWrapText(true);
        Runnable showTotal = () -> total.setText(
                vm.currencyProperty().get().isEmpty()
                        ? m.get(
                                "days.total.nocurrency",
                                money(vm.totalProperty().get()))
                        : m.get(
                                "days.total",
                                money(vm.totalProperty().get()),
                                vm.currencyProperty().get()));
        vm.totalProperty().addListener((o, was, now) -> showTotal.run());
        vm.currencyProperty().addListener((o, was, now) -> showTotal.run());
        showTotal.run();
        Label exported = new Label();
        exported.setId("daysExported");
        exported.setWrapText(true);
        vm.exportProperty()
                .addListener((o, was, now) -> exported.setText(
                        now == null
                                ? ""
                                : now.error() != null
                                        ? now.error()
                                        : m.get("days.exported", now.written().toString())));

        VBox content = new VBox(12, table, total, exported);
        StateView states = new StateView(content);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("days.loading"),
                        m.get("days.empty"),
                        m.get("days.empty.hint"),
                        null,
                        null,
                        m.get("days.error"),
                        m.get("days.retry"),
                        vm::refresh));

        HBox header = new HBox(title);
        header.getStyleClass().add("page-header");
        VBox body = new VBox(12, tools, states);
        VBox.setVgrow(states, Priority.ALWAYS);
        body.getStyleClass().add("page-body");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.setId("operatorDays");
        return root;
    }

    private static TableColumn<OperatorDay, String> number(String title, Function<OperatorDay, String> value) {
        TableColumn<OperatorDay, String> c = Columns.text(title, value);
        c.getStyleClass().add("number");
        return c;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static String decimal(BigDecimal v) {
        NumberFormat f = NumberFormat.getNumberInstance(FORMATS.locale());
        f.setMaximumFractionDigits(1);
        return f.format(v);
    }

    private static String money(BigDecimal v) {
        NumberFormat f = NumberFormat.getNumberInstance(FORMATS.locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    private String percent(Optional<BigDecimal> v) {
        return v.map(p -> m.get("days.percent", decimal(p))).orElse(m.get("days.dash"));
    }
}
