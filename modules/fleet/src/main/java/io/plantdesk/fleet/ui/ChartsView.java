package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.EventKind;
import io.plantdesk.fleet.FuelUnit;
import io.plantdesk.fleet.MonthCost;
import io.plantdesk.fleet.MonthUsage;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Shown;
import io.plantdesk.ui.widgets.StateView;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The fleet's charts: cost per month by category (stacked bars) and fuel economy per month in the
 * person's unit (a line), of the whole fleet, a garage or a vehicle. Both from the rollups.
 */
public final class ChartsView {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy");

    private final ChartsViewModel vm;
    private final Messages m;

    public ChartsView(ChartsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public Node build() {
        ComboBox<ChartsViewModel.Choice> scope = new ComboBox<>(vm.choices());
        scope.setId("fleetChartScope");
        scope.setConverter(Shown.as(this::name));
        scope.valueProperty().bindBidirectional(vm.choiceProperty());
        ChoiceBox<FuelUnit> unit = new ChoiceBox<>();
        unit.setId("fleetChartUnit");
        unit.getItems().setAll(FuelUnit.values());
        unit.setConverter(Shown.as(u -> u == null ? "" : m.get("unit.economy." + u.name())));
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        HBox bar = new HBox(8, new Label(m.get("charts.scope")), scope, new Label(m.get("charts.unit")), unit);
        bar.getStyleClass().add("fleet-toolbar");

        CategoryAxis costMonths = new CategoryAxis();
        NumberAxis money = new NumberAxis();
        money.setLabel(m.get("charts.cost.axis"));
        StackedBarChart<String, Number> cost = new StackedBarChart<>(costMonths, money);
        cost.setId("fleetCostChart");
        cost.setTitle(m.get("charts.cost.title"));
        cost.setAnimated(false);

        CategoryAxis economyMonths = new CategoryAxis();
        NumberAxis economyAxis = new NumberAxis();
        economyAxis.setForceZeroInRange(false);
        LineChart<String, Number> economy = new LineChart<>(economyMonths, economyAxis);
        economy.setId("fleetEconomyChart");
        economy.setTitle(m.get("charts.economy.title"));
        economy.setAnimated(false);
        economy.setLegendVisible(false);

        Runnable redraw = () -> {
            List<String> labels =
                    vm.monthsProperty().get().stream().map(MONTH::format).toList();
            costMonths.getCategories().setAll(labels);
            economyMonths.getCategories().setAll(labels);
            cost.getData().setAll(costSeries(vm.monthsProperty().get(), vm.costs()));
            FuelUnit u = vm.unitProperty().get();
            economyAxis.setLabel(m.get("unit.economy." + u.name()));
            economy.getData().setAll(List.of(economySeries(vm.monthsProperty().get(), vm.usage(), u)));
        };
        vm.costs().addListener((ListChangeListener<MonthCost>) c -> redraw.run());
        vm.usage().addListener((ListChangeListener<MonthUsage>) c -> redraw.run());
        vm.unitProperty().addListener((o, a, b) -> redraw.run());

        VBox charts = new VBox(8, cost, economy);
        VBox.setVgrow(cost, Priority.ALWAYS);
        VBox.setVgrow(economy, Priority.ALWAYS);
        StateView states = new StateView(charts);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("charts.loading"),
                        m.get("charts.empty"),
                        m.get("charts.empty.hint"),
                        null,
                        null,
                        m.get("charts.error"),
                        m.get("retry"),
                        vm::refresh));
        VBox root = new VBox(8, bar, states);
        root.setId("fleetCharts");
        root.getStyleClass().add("fleet-charts");
        return root;
    }

    private String name(ChartsViewModel.Choice c) {
        if (c == null) {
            return "";
        }
        if (c.plate() != null) {
            return m.get("charts.scope.vehicle", c.plate());
        }
        return c.garageName() != null ? m.get("charts.scope.garage", c.garageName()) : m.get("charts.scope.plant");
    }

    /** One series per category with a cost in the span, in the categories' own order. */
    private List<XYChart.Series<String, Number>> costSeries(List<YearMonth> months, List<MonthCost> costs) {
        Map<EventKind, XYChart.Series<String, Number>> byKind = new EnumMap<>(EventKind.class);
        for (MonthCost c : costs) {
            if (c.cost().signum() == 0) {
                continue;
            }
            XYChart.Series<String, Number> s = byKind.computeIfAbsent(c.kind(), k -> {
                XYChart.Series<String, Number> n = new XYChart.Series<>();
                n.setName(m.get("kind." + k.dbValue()));
                return n;
            });
            YearMonth month = YearMonth.from(c.monthStart().atZoneSameInstant(vm.zone()));
            if (months.contains(month)) {
                s.getData().add(new XYChart.Data<>(MONTH.format(month), c.cost()));
            }
        }
        return List.copyOf(byKind.values());
    }

    private XYChart.Series<String, Number> economySeries(
            List<YearMonth> months, List<MonthUsage> usage, FuelUnit unit) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(m.get("unit.economy." + unit.name()));
        for (MonthUsage u : usage) {
            YearMonth month = YearMonth.from(u.monthStart().atZoneSameInstant(vm.zone()));
            OptionalDouble e = u.economy(unit);
            if (months.contains(month) && e.isPresent()) {
                s.getData().add(new XYChart.Data<>(MONTH.format(month), Math.round(e.getAsDouble() * 100) / 100.0));
            }
        }
        return s;
    }
}
