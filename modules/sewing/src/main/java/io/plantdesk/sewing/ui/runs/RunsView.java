package io.plantdesk.sewing.ui.runs;

import io.plantdesk.sewing.Line;
import io.plantdesk.sewing.RunRow;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.Shown;
import io.plantdesk.ui.widgets.StateView;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The runs list (newest start first, a page at a time, all lines or one) with the run form beside
 * it. Choosing a row puts the run in the form; the empty list says how to plan the first run, and
 * the form stays usable whatever state the list is in. The list has four columns of two lines
 * (dates, line and style, order and quantity, target and output; headers of two lines too):
 * eight columns of one line scrolled sideways beside the form in a 1280 px window, in Desk mode
 * ("Output" cut off) and more so in Floor mode.
 */
public final class RunsView {

    private static final Formats FORMATS = Formats.system();

    private final RunsViewModel vm;
    private final CuttingViewModel cutting;
    private final Messages m;

    public RunsView(RunsViewModel vm, CuttingViewModel cutting, Messages m) {
        this.vm = vm;
        this.cutting = cutting;
        this.m = m;
    }

    public Node build() {
        Label title = new Label(m.get("runs.title"));
        title.getStyleClass().add("page-title");
        HBox header = new HBox(title);
        header.getStyleClass().add("page-header");

        VBox body = new VBox(12, tools(), content());
        body.getStyleClass().add("page-body");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.setId("sewingRuns");
        return root;
    }

    private Node tools() {
        // "Every line" is the null choice at the top of the filter.
        ObservableList<Line> choices = FXCollections.observableArrayList();
        Runnable fill = () -> {
            List<Line> all = new ArrayList<>();
            all.add(null);
            all.addAll(vm.lines());
            choices.setAll(all);
        };
        vm.lines().addListener((ListChangeListener<Line>) c -> fill.run());
        fill.run();
        ComboBox<Line> filter = new ComboBox<>(choices);
        filter.setId("runsFilter");
        filter.setPromptText(m.get("runs.filter.all"));
        filter.setConverter(
                Shown.as(l -> l == null ? m.get("runs.filter.all") : m.get("runs.line.item", l.code(), l.name())));
        filter.valueProperty().bindBidirectional(vm.filterProperty());
        Label filterLabel = new Label(m.get("runs.filter"));
        filterLabel.setLabelFor(filter);
        filterLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = new Button(m.get("runs.previous"));
        previous.setId("runsPrevious");
        previous.setOnAction(e -> vm.previousPage());
        previous.disableProperty().bind(vm.firstPageProperty());
        Button next = new Button(m.get("runs.next"));
        next.setId("runsNext");
        next.setOnAction(e -> vm.nextPage());
        next.disableProperty().bind(vm.moreProperty().not());
        Label page = new Label();
        page.setId("runsPage");
        page.setMinWidth(Region.USE_PREF_SIZE);
        page.textProperty().bind(vm.pageTextProperty());
        FlowPane tools = new FlowPane(12, 8, filterLabel, filter, previous, next, page);
        tools.setAlignment(Pos.CENTER_LEFT);
        return tools;
    }

    private Node content() {
        TableView<RunRow> table = new TableView<>(vm.rows());
        table.setId("runsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(columns());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.edit(now);
            }
        });

        StateView states = new StateView(table);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("runs.loading"),
                        m.get("runs.empty"),
                        m.get("runs.empty.hint"),
                        null,
                        null,
                        m.get("runs.error"),
                        m.get("runs.retry"),
                        vm::refresh));
        HBox.setHgrow(states, Priority.ALWAYS);

        // The run form and the run's cutting share the side: one tab each, both scrolled.
        Tab runTab = new Tab(m.get("runs.tab.run"), scrolled(new RunFormPane(vm, m).build()));
        runTab.setId("runTab");
        Tab cutTab = new Tab(m.get("runs.tab.cutting"), scrolled(new CuttingPane(cutting, m).build()));
        cutTab.setId("cutTab");
        TabPane side = new TabPane(runTab, cutTab);
        side.setId("runSide");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // At its narrowest from the start: at 380 px it left the list (in Floor mode's type) a few
        // pixels short of its four columns, with a scroll bar for them.
        side.setMinWidth(340);
        side.setPrefWidth(340);
        HBox content = new HBox(16, states, side);
        VBox.setVgrow(content, Priority.ALWAYS);
        return content;
    }

    /** What belongs together on two lines of one cell, so the list fits beside the form. */
    private List<TableColumn<RunRow, ?>> columns() {
        return List.of(
                Columns.text(
                        m.get("runs.col.dates"),
                        (RunRow r) -> m.get("runs.two.lines", FORMATS.date(r.startsOn()), ends(r))),
                Columns.text(
                        m.get("runs.col.line.style"),
                        (RunRow r) -> m.get("runs.two.lines", r.lineCode(), r.styleCode())),
                Columns.text(
                        m.get("runs.col.order.qty"),
                        (RunRow r) -> m.get("runs.two.lines", r.orderRef(), FORMATS.number(r.orderQty()))),
                Columns.text(
                        m.get("runs.col.target.output"), (RunRow r) -> m.get("runs.two.lines", target(r), output(r))));
    }

    private String ends(RunRow r) {
        return r.endsOn() == null ? m.get("runs.open") : FORMATS.date(r.endsOn());
    }

    private String target(RunRow r) {
        return m.get("runs.percent", r.targetEfficiency().stripTrailingZeros().toPlainString());
    }

    private String output(RunRow r) {
        return m.get(r.hasOutput() ? "runs.output.yes" : "runs.output.no");
    }

    private static ScrollPane scrolled(Node form) {
        ScrollPane s = new ScrollPane(form);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return s;
    }
}
