package io.plantdesk.activity.ui;

import io.plantdesk.activity.ActivitySummary;
import io.plantdesk.activity.api.AuditEntry;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.StateView;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** Changes per day as bars (click one for its audit rows), top people and areas beside it. */
public final class ActivityView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d");
    /** The style class of the bar whose day is listed below. */
    public static final String SELECTED = "activity-bar-selected";

    private static final String DAY_KEY = "activity.day";
    private static final Formats FORMATS = Formats.system();

    private final ActivityViewModel vm;
    private final Messages m;

    public ActivityView(ActivityViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public Node build() {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(m.get("activity.changes"));
        y.setForceZeroInRange(true);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("activityChart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(2);
        chart.setMinHeight(260);

        TableView<ActivitySummary.Count> people = counts("activityPeople", m.get("activity.person"));
        TableView<ActivitySummary.Count> areas = counts("activityAreas", m.get("activity.area"));
        HBox tops =
                new HBox(16, titled(m.get("activity.top.people"), people), titled(m.get("activity.top.areas"), areas));

        TableView<AuditEntry> entries = new TableView<>(vm.entries());
        entries.setId("activityEntries");
        entries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Plain words: who (a name) and a sentence; no role names, tables, INSERT or JSON.
        entries.getColumns()
                .add(Columns.text(m.get("activity.when"), (AuditEntry e) -> FORMATS.time(e.at().toInstant())));
        entries.getColumns()
                .add(Columns.text(
                        m.get("activity.person"),
                        e -> AuditSentences.actor(e, vm.namesProperty().get())));
        entries.getColumns()
                .add(Columns.text(
                        m.get("activity.change"),
                        e -> AuditSentences.sentence(e, vm.namesProperty().get())));
        entries.setPlaceholder(new Label(m.get("activity.entries.hint")));
        Label entriesTitle = new Label();
        entriesTitle.getStyleClass().add("text-bold");
        entriesTitle
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.selectedDayProperty().get() == null
                                ? m.get("activity.entries")
                                : m.get(
                                        "activity.entries.of",
                                        DAY.format(vm.selectedDayProperty().get())),
                        vm.selectedDayProperty()));
        VBox.setVgrow(entries, Priority.ALWAYS);

        VBox content = new VBox(12, chart, tops, entriesTitle, entries);
        StateView states = new StateView(content);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("activity.loading"),
                        m.get("activity.empty"),
                        m.get("activity.empty.hint"),
                        null,
                        null,
                        m.get("activity.error"),
                        m.get("retry"),
                        vm::refresh));
        vm.summaryProperty().addListener((o, a, s) -> {
            if (s == null) {
                return;
            }
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            long max = 0;
            for (ActivitySummary.Count c : vm.everyDayProperty().get()) {
                max = Math.max(max, c.changes());
                XYChart.Data<String, Number> d = new XYChart.Data<>(DAY.format(c.day()), c.changes());
                OffsetDateTime day = c.day();
                d.nodeProperty().addListener((ob, was, node) -> {
                    if (node != null) {
                        node.setOnMouseClicked(e -> vm.showDay(day));
                        node.getStyleClass().add("activity-bar");
                        markSelected(node, day);
                        Tooltip.install(node, new Tooltip(m.get("activity.bar.tooltip", DAY.format(day), c.changes())));
                    }
                });
                series.getData().add(d);
            }
            chart.getData().setAll(List.of(series));
            integerTicks(y, max);
            var who = vm.namesProperty().get();
            people.getItems()
                    .setAll(s.byActor().stream()
                            .limit(10)
                            .map(c -> new ActivitySummary.Count(
                                    AuditSentences.actor(
                                            new AuditEntry(0, null, null, null, null, c.key(), null, null), who),
                                    c.day(),
                                    c.changes()))
                            .toList());
            areas.getItems()
                    .setAll(s.byArea().stream()
                            .limit(10)
                            .map(c -> new ActivitySummary.Count(AuditSentences.area(c.key()), c.day(), c.changes()))
                            .toList());
        });

        // The day whose changes are listed below stands out among the bars (activity.css).
        vm.selectedDayProperty()
                .addListener((o, a, day) -> chart.getData()
                        .forEach(series -> series.getData().forEach(d -> {
                            if (d.getNode() != null) {
                                markSelected(
                                        d.getNode(),
                                        OffsetDateTime.parse(d.getNode()
                                                .getProperties()
                                                .get(DAY_KEY)
                                                .toString()));
                            }
                        })));

        Label title = new Label(m.get("activity.title"));
        title.getStyleClass().add("page-title");
        ChoiceBox<Integer> range = new ChoiceBox<>(FXCollections.observableArrayList(7, 30, 90));
        range.setId("activityDays");
        range.setValue(vm.daysProperty().get());
        range.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : m.get("activity.days", n);
            }

            @Override
            public Integer fromString(String s) {
                return null; // picked from the list
            }
        });
        range.valueProperty().addListener((o, a, b) -> vm.daysProperty().set(b));
        Button reload = new Button(null, new FontIcon(Material2MZ.REFRESH));
        reload.setOnAction(e -> vm.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, range, reload);
        header.getStyleClass().add("page-header");
        VBox body = new VBox(states);
        body.getStyleClass().add("page-body");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        return root;
    }

    private void markSelected(Node bar, OffsetDateTime day) {
        bar.getProperties().put(DAY_KEY, day.toString());
        bar.getStyleClass().remove(SELECTED);
        if (day.equals(vm.selectedDayProperty().get())) {
            bar.getStyleClass().add(SELECTED);
        }
    }

    /** Counts are whole numbers: ticks 1, 2, 5, 10 ... apart, never 2.5; zero always shown. */
    static void integerTicks(NumberAxis y, long max) {
        long step = 1;
        while (max > step * 8) {
            step = nextStep(step);
        }
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setUpperBound(Math.max(step, ((max + step - 1) / step) * step));
        y.setTickUnit(step);
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return FORMATS.number(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
    }

    /** 1, 2, 5, 10, 20, 50 ... */
    static long nextStep(long step) {
        long power = 1;
        while (power * 10 <= step) {
            power *= 10;
        }
        long digit = step / power;
        return digit == 1 ? 2 * power : digit == 2 ? 5 * power : 10 * power;
    }

    private static VBox titled(String title, TableView<?> table) {
        Label l = new Label(title);
        l.getStyleClass().add("text-bold");
        VBox box = new VBox(6, l, table);
        HBox.setHgrow(box, Priority.ALWAYS);
        table.setPrefHeight(200);
        table.setMinHeight(170);
        return box;
    }

    private TableView<ActivitySummary.Count> counts(String id, String keyTitle) {
        TableView<ActivitySummary.Count> t = new TableView<>();
        t.setId(id);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(Columns.text(keyTitle, ActivitySummary.Count::key));
        t.getColumns().add(Columns.text(m.get("activity.changes"), c -> String.valueOf(c.changes())));
        return t;
    }
}
