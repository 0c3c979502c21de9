package io.plantdesk.migrations.ui;

import io.plantdesk.migrations.scripts.Script;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.Forms;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The selected migration: its header, its V and U scripts, and its history row in each environment. */
final class MigrationPane {

    private static final Formats FORMATS = Formats.system();

    /** One environment's row for the selected migration. */
    record EnvRow(ConnectionProfile env, HistoryCell cell) {}

    private final MigrationsViewModel vm;
    private final Messages m;
    private final Label title = new Label();
    private final Label purpose = wrapping();
    private final Label rollback = wrapping();
    private final Label estimated = wrapping();
    private final TextArea script = code("migScript");
    private final TextArea undo = code("migRollback");
    private final TableView<EnvRow> perEnvironment = new TableView<>();

    MigrationPane(MigrationsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    Node build() {
        title.setId("migTitle");
        title.getStyleClass().add("pane-title");
        DataText.mark(title); // from the script, not from a bundle
        title.setWrapText(true); // a long description wraps under a narrow pane instead of ending in "..."
        title.setMinHeight(Region.USE_PREF_SIZE);
        GridPane facts = Forms.grid();
        facts.addRow(0, new Label(m.get("header.purpose")), purpose);
        facts.addRow(1, new Label(m.get("header.rollback")), rollback);
        facts.addRow(2, new Label(m.get("header.estimated")), estimated);
        // Each name beside the first line of its text, not in the middle of a long purpose.
        facts.getChildren().forEach(n -> GridPane.setValignment(n, VPos.TOP));

        perEnvironment.setId("migPerEnvironment");
        perEnvironment.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        perEnvironment
                .getColumns()
                .add(Columns.text(m.get("col.environment"), r -> r.env().name()));
        perEnvironment.getColumns().add(Columns.text(m.get("col.state"), r -> CellText.text(r.cell(), m)));
        perEnvironment
                .getColumns()
                .add(Columns.text(
                        m.get("col.applied"),
                        r -> r.cell() == null || r.cell().installedOn() == null
                                ? "–"
                                : FORMATS.dateTimeWithZone(r.cell().installedOn())));
        perEnvironment
                .getColumns()
                .add(Columns.text(
                        m.get("col.by"),
                        r -> r.cell() == null || r.cell().installedBy() == null
                                ? "–"
                                : CellText.who(r.cell().installedBy(), m)));
        perEnvironment
                .getColumns()
                .add(Columns.text(
                        m.get("col.ms"),
                        r -> r.cell() == null || r.cell().executionMs() == null
                                ? "–"
                                : String.valueOf(r.cell().executionMs())));
        perEnvironment
                .getColumns()
                .add(Columns.text(
                        m.get("col.checksum"),
                        r -> r.cell() == null ? "–" : CellText.checksum(r.cell().appliedChecksum())));
        perEnvironment.setPlaceholder(new Label(m.get("migration.none")));

        TabPane tabs = new TabPane(
                new Tab(m.get("tab.script"), script),
                new Tab(m.get("tab.rollback"), undo),
                new Tab(m.get("tab.environments"), perEnvironment));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("migTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        tabs.setMinHeight(200); // the script stays readable; the pane scrolls below that
        VBox box = new VBox(8, title, facts, tabs);
        box.getStyleClass().add("detail-pane");
        show(null);
        return scrolling(box);
    }

    void show(GridRow row) {
        if (row == null) {
            title.setText(m.get("migration.select"));
            purpose.setText("");
            rollback.setText("");
            estimated.setText("");
            script.setText("");
            undo.setText("");
            perEnvironment.getItems().clear();
            return;
        }
        Script s = row.script();
        title.setText("V" + row.version() + " " + row.description()
                + (s == null ? " · " + m.get("col.notinbuild") : " · " + s.fileName()));
        purpose.setText(s == null ? "–" : s.header().purpose());
        rollback.setText(s == null ? "–" : s.header().rollback());
        estimated.setText(s == null ? "–" : s.header().estimatedTime());
        script.setText(s == null ? m.get("migration.notinbuild") : s.sql());
        undo.setText(s == null ? "" : s.hasRollback() ? s.rollbackSql() : m.get("migration.norollback", s.version()));
        perEnvironment.setItems(FXCollections.observableArrayList(vm.environments().stream()
                .map(e -> new EnvRow(e, row.cells().get(e.name())))
                .toList()));
    }

    private static Label wrapping() {
        Label l = new Label();
        DataText.mark(l); // the script header's words, not from a bundle
        l.setWrapText(true);
        // As many lines as the header needs: the tabs below give way, never the words (the lint
        // fails on a cut text; the tooltip stays for reading it at a glance).
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.tooltipProperty()
                .bind(Bindings.createObjectBinding(
                        () -> l.getText().isEmpty() ? null : new Tooltip(l.getText()), l.textProperty()));
        return l;
    }

    /**
     * A detail pane that scrolls when the window is too short for it (Floor mode at 768 px), so
     * its words never spill over the grid above and the grid keeps its share of the height.
     */
    static ScrollPane scrolling(VBox pane) {
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true); // the pane fills the height it gets, and scrolls below its minimum
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setMinHeight(0);
        return scroll;
    }

    static TextArea code(String id) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setEditable(false);
        t.getStyleClass().add("code");
        return t;
    }
}
