package io.plantdesk.sewing.ui.teams;

import io.plantdesk.sewing.TeamDay;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.StateView;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
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
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Team days between two dates (productivity against target, workers, WIP, overtime) and "Import
 * a file...": a progress bar and line while the file goes in, then the rows left out by line
 * number and reason above the days the file held: the teams' days as the file has them, and in
 * the second tab the lines' days as the floor's dashboards count them.
 */
public final class TeamDaysView {

    private static final Formats FORMATS = Formats.system();

    /** Asks for the file to import; empty when the person cancels. */
    @FunctionalInterface
    public interface FilePicker {
        Optional<Path> pick(Window owner);
    }

    private final TeamDaysViewModel vm;
    private final Messages m;
    private final FilePicker picker;

    /** @param picker how the file is picked; null for the system's file dialog */
    public TeamDaysView(TeamDaysViewModel vm, Messages m, FilePicker picker) {
        this.vm = vm;
        this.m = m;
        this.picker = picker != null ? picker : this::dialog;
    }

    public Node build() {
        Label title = new Label(m.get("teams.title"));
        title.getStyleClass().add("page-title");

        DatePicker from = new DatePicker();
        from.setId("teamsFrom");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("teamsTo");
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button pick = new Button(m.get("teams.import"));
        pick.setId("teamsImport");
        pick.getStyleClass().add("accent");
        pick.disableProperty().bind(vm.importingProperty());
        pick.setOnAction(e -> picker.pick(pick.getScene().getWindow()).ifPresent(vm::importFile));
        FlowPane tools = new FlowPane(12, 8, label(m.get("teams.from")), from, label(m.get("teams.to")), to, pick);
        tools.getStyleClass().add("days-tools");

        ProgressBar bar = new ProgressBar();
        bar.setId("teamsProgress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.importingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setPrefWidth(240);
        Label result = new Label();
        result.setId("teamsResult");
        result.setWrapText(true);
        result.textProperty().bind(vm.resultProperty());
        HBox.setHgrow(result, Priority.ALWAYS);
        Button cancel = new Button(m.get("teams.import.cancel"));
        cancel.setId("teamsCancel");
        cancel.setOnAction(e -> vm.cancelImport());
        cancel.visibleProperty().bind(vm.importingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox status = new HBox(12, bar, cancel, result);
        status.visibleProperty().bind(Bindings.isNotEmpty(vm.resultProperty()));
        status.managedProperty().bind(status.visibleProperty());

        TableView<TeamDaysViewModel.Refused> refused = new TableView<>(vm.refused());
        refused.setId("teamsRefused");
        refused.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TeamDaysViewModel.Refused, String> line =
                Columns.text(m.get("teams.refused.line"), (TeamDaysViewModel.Refused r) -> FORMATS.number(r.line()));
        line.getStyleClass().add("number");
        line.setMaxWidth(140);
        refused.getColumns().add(line);
        refused.getColumns().add(Columns.text(m.get("teams.refused.reason"), TeamDaysViewModel.Refused::reason));
        refused.setPrefHeight(150);
        refused.setMinHeight(110);
        Label refusedTitle = new Label(m.get("teams.refused.title"));
        refusedTitle.getStyleClass().add("section-title");
        VBox refusedBox = new VBox(6, refusedTitle, refused);
        refusedBox.visibleProperty().bind(Bindings.isNotEmpty(vm.refused()));
        refusedBox.managedProperty().bind(refusedBox.visibleProperty());

        TableView<TeamDay> table = new TableView<>(vm.rows());
        table.setId("teamsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(m.get("teams.col.day"), (TeamDay d) -> FORMATS.date(d.day())));
        table.getColumns().add(Columns.text(m.get("teams.col.team"), (TeamDay d) -> m.get("teams.team", d.team())));
        table.getColumns()
                .add(Columns.text(
                        m.get("teams.col.department"), (TeamDay d) -> m.get("teams.department." + d.department())));
        table.getColumns().add(number(m.get("teams.col.workers"), d -> decimal(d.workers())));
        table.getColumns().add(number(m.get("teams.col.target"), d -> percent(d.targetedProductivity())));
        table.getColumns().add(number(m.get("teams.col.actual"), d -> percent(d.actualProductivity())));
        table.getColumns().add(number(m.get("teams.col.smv"), d -> decimal(d.smv())));
        table.getColumns()
                .add(number(
                        m.get("teams.col.wip"), d -> d.wip() == null ? m.get("teams.dash") : FORMATS.number(d.wip())));
        table.getColumns().add(number(m.get("teams.col.overtime"), d -> FORMATS.number(d.overtimeMinutes())));
        table.setPlaceholder(new Label(m.get("teams.none")));
        VBox.setVgrow(table, Priority.ALWAYS);

        Tab teams = new Tab(m.get("teams.tab.teams"), table);
        teams.setId("teamsTeamsTab");
        Tab lines = new Tab(m.get("teams.tab.lines"), LineDaysTable.build(vm.lineDays(), m));
        lines.setId("teamsLinesTab");
        TabPane tabs = new TabPane(teams, lines);
        tabs.setId("teamsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        StateView states = new StateView(tabs);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("teams.loading"),
                        m.get("teams.empty"),
                        m.get("teams.empty.hint"),
                        null,
                        null,
                        m.get("teams.error"),
                        m.get("teams.retry"),
                        vm::refresh));

        HBox header = new HBox(title);
        header.getStyleClass().add("page-header");
        VBox body = new VBox(12, tools, status, refusedBox, states);
        body.getStyleClass().add("page-body");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.setId("teamDays");
        return root;
    }

    private Optional<Path> dialog(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("teams.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("teams.import.filter"), "*.csv"));
        File file = chooser.showOpenDialog(owner);
        return file == null ? Optional.empty() : Optional.of(file.toPath());
    }

    private static TableColumn<TeamDay, String> number(String title, Function<TeamDay, String> value) {
        TableColumn<TeamDay, String> c = Columns.text(title, value);
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
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    private String percent(BigDecimal fraction) {
        NumberFormat f = NumberFormat.getNumberInstance(FORMATS.locale());
        f.setMaximumFractionDigits(1);
        return m.get("teams.percent", f.format(fraction.movePointRight(2)));
    }
}
