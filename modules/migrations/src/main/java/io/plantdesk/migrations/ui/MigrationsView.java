package io.plantdesk.migrations.ui;

import io.plantdesk.migrations.service.CredentialsNeededException;
import io.plantdesk.migrations.service.EnvironmentHistory;
import io.plantdesk.migrations.tracker.CellState;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.EnvironmentBadge;
import io.plantdesk.ui.widgets.StateView;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The tracker's screen: the grid (this build's migrations against the environments) on top, and
 * below it the selected migration's scripts and the selected environment's actions. Clicking a
 * cell selects both.
 */
public final class MigrationsView {

    private final MigrationsViewModel vm;
    private final Messages m;
    private final Consumer<Window> changeScripts;
    private final TableView<GridRow> grid = new TableView<>();
    private final Map<String, Label> headerStatus = new HashMap<>();
    private final Map<String, Hyperlink> headerConnect = new HashMap<>();
    private MigrationPane migrationPane;
    private EnvironmentPane environmentPane;
    private String selectedVersion;
    private TableColumn<GridRow, ?> selectedColumn;

    /** @param changeScripts opens the script-location setting over the given window (the feature owns the settings) */
    public MigrationsView(MigrationsViewModel vm, Messages m, Consumer<Window> changeScripts) {
        this.vm = vm;
        this.m = m;
        this.changeScripts = changeScripts;
    }

    public Node build() {
        grid.setId("migrationGrid");
        grid.setItems(vm.rows());
        grid.getSelectionModel().setCellSelectionEnabled(true);
        grid.setPlaceholder(new Label(m.get("grid.empty")));
        grid.getColumns().add(fixed(m.get("col.version"), r -> "V" + r.version(), 86));
        grid.getColumns().add(fixed(m.get("col.description"), GridRow::description, 190));
        grid.getColumns()
                .add(fixed(
                        m.get("col.checksum"),
                        r -> r.script() == null
                                ? m.get("col.notinbuild")
                                : CellText.checksum(r.script().checksum()),
                        104));
        grid.getColumns()
                .add(fixed(
                        m.get("col.rollback"),
                        r -> r.script() == null
                                ? "–"
                                : r.script().hasRollback() ? "✓ U" + r.version() : m.get("col.norollback"),
                        96));
        vm.environments().addListener((ListChangeListener<ConnectionProfile>) c -> environmentColumns());
        vm.histories().addListener((MapChangeListener<String, EnvironmentHistory>) c -> updateHeader(c.getKey()));

        migrationPane = new MigrationPane(vm, m);
        environmentPane = new EnvironmentPane(vm, m);
        grid.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>)
                c -> selectionChanged());
        // Rows are rebuilt as histories arrive: keep the person's selection on the same version.
        vm.rows().addListener((ListChangeListener<GridRow>) c -> reselect());

        SplitPane details = new SplitPane(environmentPane.build(), migrationPane.build());
        details.setDividerPositions(0.5);
        SplitPane split = new SplitPane(grid, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        StateView states = new StateView(split);
        vm.stateProperty().addListener((o, a, s) -> showState(states, s));
        showState(states, vm.stateProperty().get());

        Label title = new Label(m.get("title"));
        title.getStyleClass().add("page-title");
        Label scripts = new Label();
        scripts.setId("scriptsLabel");
        scripts.getStyleClass().add("text-muted");
        scripts.textProperty().bind(vm.scriptsLabelProperty());
        Button location = new Button(m.get("scripts.change"), new FontIcon(Material2AL.FOLDER_OPEN));
        location.setId("scriptsSetting");
        location.setOnAction(e -> changeScripts.accept(grid.getScene().getWindow()));
        Button refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
        refresh.setId("migRefresh");
        refresh.setTooltip(new Tooltip(m.get("refresh")));
        refresh.setOnAction(e -> vm.refreshAll());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, scripts, location, refresh);
        header.getStyleClass().add("page-header");

        VBox body = new VBox(states);
        VBox.setVgrow(states, Priority.ALWAYS);
        body.getStyleClass().add("page-body");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.getStyleClass().add("migrations");
        return root;
    }

    private void showState(StateView states, MigrationsViewModel.State s) {
        switch (s) {
            case LOADING -> states.showLoading(m.get("loading"));
            case ERROR ->
                states.showError(
                        m.get("error"),
                        vm.errorProperty().get(),
                        m.get("scripts.change"),
                        () -> changeScripts.accept(grid.getScene().getWindow()));
            case CONTENT -> states.showContent();
        }
    }

    /**
     * The rows are made again each time an environment's history arrives: select the same version
     * and environment as before, or at first the newest migration in the first environment.
     */
    private void reselect() {
        if (vm.rows().isEmpty() || grid.getColumns().size() <= 4) {
            migrationPane.show(null);
            return;
        }
        int row = vm.rows().size() - 1;
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i).version().equals(selectedVersion)) {
                row = i;
            }
        }
        TableColumn<GridRow, ?> column =
                selectedColumn != null && grid.getColumns().contains(selectedColumn)
                        ? selectedColumn
                        : grid.getColumns().get(4);
        grid.getSelectionModel().clearAndSelect(row, column);
        migrationPane.show(vm.rows().get(row));
    }

    private GridRow selectedRow() {
        return grid.getSelectionModel().getSelectedItem();
    }

    private void selectionChanged() {
        if (grid.getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        TablePosition<GridRow, ?> pos =
                grid.getSelectionModel().getSelectedCells().getFirst();
        GridRow row = selectedRow();
        migrationPane.show(row);
        if (row != null) {
            selectedVersion = row.version();
        }
        if (pos.getTableColumn() != null) {
            selectedColumn = pos.getTableColumn();
        }
        if (pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof ConnectionProfile env) {
            environmentPane.select(env);
        }
    }

    /** One column per environment, made again when the list of environments changes. */
    private void environmentColumns() {
        grid.getColumns().removeIf(c -> c.getUserData() instanceof ConnectionProfile);
        headerStatus.clear();
        headerConnect.clear();
        for (ConnectionProfile env : vm.environments()) {
            TableColumn<GridRow, HistoryCell> col = new TableColumn<>();
            col.setUserData(env);
            col.setId("env-" + env.name().replace(' ', '-'));
            // Room for its header's widest line ("V135 · 12 pending" in the header's bold type) with the
            // header's padding: at 175 px the line fitted by a pixel or two and the design lint saw it
            // cut short ("V135 · 0 p...") whenever a layout pass measured it a hair wider.
            col.setMinWidth(195);
            col.setSortable(false);
            col.setCellValueFactory(
                    cd -> new ReadOnlyObjectWrapper<>(cd.getValue().cells().get(env.name())));
            col.setCellFactory(c -> new StateCell());
            col.setGraphic(header(env));
            grid.getColumns().add(col);
            updateHeader(env.name());
        }
        environmentPane.environmentsChanged();
    }

    private Node header(ConnectionProfile env) {
        Label name = new Label(env.name());
        name.getStyleClass().add("env-column-name");
        DataText.mark(name); // the profile's name
        EnvironmentBadge badge = new EnvironmentBadge();
        badge.show(env.environment());
        Label status = new Label(m.get("env.reading"));
        status.getStyleClass().add("text-muted");
        Hyperlink connect = new Hyperlink(m.get("env.connect"));
        connect.setId("connect-" + env.name().replace(' ', '-'));
        connect.setOnAction(e -> ActionDialogs.connect(grid.getScene().getWindow(), m, vm, env));
        connect.setVisible(false);
        connect.managedProperty().bind(connect.visibleProperty());
        headerStatus.put(env.name(), status);
        headerConnect.put(env.name(), connect);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, name, badge, status, connect);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void updateHeader(String envName) {
        Label status = headerStatus.get(envName);
        EnvironmentHistory h = vm.histories().get(envName);
        if (status == null || h == null) {
            return;
        }
        Hyperlink connect = headerConnect.get(envName);
        if (h.readable()) {
            String v = h.currentVersion();
            long pending = h.cells().values().stream()
                    .filter(c -> c.state() == CellState.PENDING)
                    .count();
            status.setText(v == null ? m.get("env.empty", pending) : m.get("env.at", v, pending));
            status.setTooltip(null);
            connect.setVisible(false);
        } else {
            boolean needsLogin = h.problem() instanceof CredentialsNeededException;
            status.setText(needsLogin ? m.get("env.notconnected") : m.get("env.unreachable"));
            status.setTooltip(new Tooltip(ErrorText.of(h.problem())));
            connect.setVisible(true);
        }
    }

    /** A ui-kit text column that keeps the grid's order (by version) and starts at its minimum width. */
    private static TableColumn<GridRow, String> fixed(String title, Function<GridRow, String> value, double minWidth) {
        TableColumn<GridRow, String> c = Columns.text(title, value, minWidth);
        c.setPrefWidth(minWidth);
        c.setSortable(false);
        return c;
    }

    /** A cell of an environment's column: symbol and word, coloured by state, details in the tooltip. */
    private final class StateCell extends TableCell<GridRow, HistoryCell> {
        @Override
        protected void updateItem(HistoryCell item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("mig-"));
            if (empty) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(CellText.text(item, m));
            if (item != null) {
                getStyleClass().add(CellText.styleClass(item.state()));
                setTooltip(new Tooltip(CellText.tooltip(item, m)));
            } else {
                setTooltip(null);
            }
        }
    }
}
