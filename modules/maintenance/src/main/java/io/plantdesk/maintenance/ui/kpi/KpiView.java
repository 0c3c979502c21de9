package io.plantdesk.maintenance.ui.kpi;

import io.plantdesk.maintenance.AssetReliability;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.KpiTile;
import io.plantdesk.ui.widgets.Shown;
import io.plantdesk.ui.widgets.StateView;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/** Tiles for the figures, weekly trends as charts, and MTBF per asset with failures. */
public final class KpiView {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.getDefault());
    private final KpiViewModel vm;
    private final Messages m;

    public KpiView(KpiViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public Node build() {
        Label title = new Label(m.get("kpi.title"));
        title.getStyleClass().add("page-title");
        ChoiceBox<Integer> period = new ChoiceBox<>(FXCollections.observableArrayList(30, 90, 365));
        period.setId("kpiDays");
        period.setValue(vm.daysProperty().get());
        period.setConverter(Shown.as(n -> n == null ? "" : m.get("kpi.days", n)));
        period.valueProperty().addListener((o, a, b) -> vm.daysProperty().set(b));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, period);
        header.getStyleClass().add("page-header");
        header.setAlignment(Pos.CENTER_LEFT);

        // Equal tiles, four a row: a FlowPane let a tall tile's wrapped label run under the next row.
        TilePane tiles = new TilePane(12, 12);
        tiles.setPrefColumns(4);
        tiles.setId("kpiTiles");
        LineChart<String, Number> ratios = new LineChart<>(new CategoryAxis(), percentAxis());
        ratios.setId("kpiRatios");
        ratios.setTitle(m.get("kpi.chart.ratios"));
        ratios.setAnimated(false);
        ratios.setMinHeight(240);
        BarChart<String, Number> failures = new BarChart<>(new CategoryAxis(), new NumberAxis());
        failures.setId("kpiFailures");
        failures.setTitle(m.get("kpi.chart.failures"));
        failures.setLegendVisible(false);
        failures.setAnimated(false);
        failures.setMinHeight(240);
        HBox charts = new HBox(12, ratios, failures);
        HBox.setHgrow(ratios, Priority.ALWAYS);
        HBox.setHgrow(failures, Priority.ALWAYS);

        TableView<AssetReliability> mtbf = new TableView<>();
        mtbf.setId("kpiMtbf");
        mtbf.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        mtbf.getColumns().add(Columns.text(m.get("kpi.asset.code"), AssetReliability::code));
        mtbf.getColumns().add(Columns.text(m.get("kpi.asset.name"), AssetReliability::name, 160));
        mtbf.getColumns().add(Columns.text(m.get("kpi.asset.failures"), a -> String.valueOf(a.failures())));
        mtbf.getColumns().add(Columns.text(m.get("kpi.asset.mtbf"), a -> hours(a.mtbfHours())));
        mtbf.setPlaceholder(new Label(m.get("kpi.mtbf.none")));
        mtbf.setPrefHeight(260);
        Label mtbfTitle = new Label(m.get("kpi.mtbf.title"));
        mtbfTitle.getStyleClass().add("text-bold");

        vm.figuresProperty().addListener((o, a, f) -> {
            if (f == null) {
                return;
            }
            tiles.getChildren().setAll(tiles(f));
            XYChart.Series<String, Number> reactive = new XYChart.Series<>();
            reactive.setName(m.get("kpi.reactive"));
            XYChart.Series<String, Number> pm = new XYChart.Series<>();
            pm.setName(m.get("kpi.pm.compliance"));
            XYChart.Series<String, Number> fails = new XYChart.Series<>();
            for (KpiFigures.Week w : f.weeks()) {
                String week = WEEK.format(w.monday());
                w.reactivePercent().ifPresent(v -> reactive.getData().add(new XYChart.Data<>(week, v)));
                w.pmCompliancePercent().ifPresent(v -> pm.getData().add(new XYChart.Data<>(week, v)));
                fails.getData().add(new XYChart.Data<>(week, w.failures()));
            }
            ratios.getData().setAll(List.of(reactive, pm));
            failures.getData().setAll(List.of(fails));
            mtbf.getItems().setAll(f.reliability());
        });

        VBox content = new VBox(12, tiles, charts, mtbfTitle, mtbf);
        content.getStyleClass().add("page-body");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        StateView states = new StateView(scroll);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("kpi.loading"),
                        m.get("kpi.empty"),
                        m.get("kpi.empty.hint"),
                        null,
                        null,
                        m.get("kpi.error"),
                        m.get("kpi.retry"),
                        vm::refresh));
        VBox body = new VBox(states);
        VBox.setVgrow(body, Priority.ALWAYS);
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        return root;
    }

    private List<Node> tiles(KpiFigures f) {
        var b = f.backlog();
        var s = f.summary();
        return List.of(
                new KpiTile(
                        "kpiBacklog", String.valueOf(b.count()), m.get("kpi.backlog", hours(Optional.of(b.hours())))),
                new KpiTile(
                        "kpiReady",
                        weeks(f.readyBacklogWeeks()),
                        f.crewCapacityHours().signum() == 0
                                ? m.get("kpi.ready.nocap")
                                : m.get("kpi.ready", hours(Optional.of(b.readyHours())))),
                new KpiTile("kpiOverdue", String.valueOf(b.overdue()), m.get("kpi.overdue")),
                new KpiTile("kpiAging", number(b.averageAgeDays()), m.get("kpi.aging")),
                new KpiTile("kpiMttr", hours(s.mttrHours()), m.get("kpi.mttr", s.failures())),
                new KpiTile("kpiPm", percent(s.pmCompliancePercent()), m.get("kpi.pm", s.pmOnTime(), s.pmDue())),
                new KpiTile(
                        "kpiPlanned",
                        percent(s.proactivePercent()),
                        m.get("kpi.planned", percent(s.reactivePercent()))),
                new KpiTile(
                        "kpiSchedule",
                        percent(f.schedule().percent()),
                        m.get(
                                "kpi.schedule",
                                f.schedule().onTime(),
                                f.schedule().scheduled())));
    }

    private String percent(Optional<BigDecimal> v) {
        return v.map(x -> number(x) + " %").orElse(m.get("kpi.none"));
    }

    private String hours(Optional<BigDecimal> v) {
        return v.map(x -> m.get("kpi.hours", number(x))).orElse(m.get("kpi.none"));
    }

    private String weeks(Optional<BigDecimal> v) {
        return v.map(x -> m.get("kpi.weeks", number(x))).orElse(m.get("kpi.none"));
    }

    private static String number(BigDecimal v) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.getDefault());
        f.setMaximumFractionDigits(1);
        return v == null ? "" : f.format(v);
    }

    private static NumberAxis percentAxis() {
        NumberAxis y = new NumberAxis(0, 100, 20);
        y.setAutoRanging(false);
        return y;
    }
}
