package io.plantdesk.operations.ui;

import io.plantdesk.platform.rollup.RollupJobStatus;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.KeepSelection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** A table of rollup jobs and the "run now" command with its progress. */
public final class OperationsView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private final OperationsViewModel vm;
    private final Messages m;

    public OperationsView(OperationsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public Node build() {
        TableView<RollupJobStatus> table = new TableView<>(vm.jobs());
        table.setId("jobsTable");
        KeepSelection.byKey(table, RollupJobStatus::job);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Minimum widths that fit what the cells hold; the last error takes what is left.
        table.getColumns().add(Columns.text(m.get("operations.job"), RollupJobStatus::job, 150));
        table.getColumns()
                .add(Columns.text(
                        m.get("operations.every"), j -> j.bucket() + " · " + j.intervalSeconds() + " s", 130));
        table.getColumns().add(Columns.text(m.get("operations.pending"), j -> String.valueOf(j.pendingBuckets()), 80));
        table.getColumns().add(Columns.text(m.get("operations.lag"), this::lag, 100));
        table.getColumns().add(Columns.text(m.get("operations.last"), j -> when(j.lastRunAt()), 130));
        table.getColumns()
                .add(Columns.text(
                        m.get("operations.duration"),
                        j -> j.lastDurationMs() == null ? "–" : j.lastDurationMs() + " ms",
                        80));
        table.getColumns()
                .add(Columns.text(m.get("operations.rows"), j -> j.rowsRead() + " / " + j.rowsWritten(), 140));
        table.getColumns().add(Columns.text(m.get("operations.runs"), j -> String.valueOf(j.runs()), 60));
        table.getColumns()
                .add(Columns.text(
                        m.get("operations.error"),
                        j -> j.lastError() == null ? "" : when(j.lastErrorAt()) + " " + j.lastError(),
                        120));
        table.setPlaceholder(new Label(m.get("operations.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label title = new Label(m.get("operations.title"));
        title.getStyleClass().add("page-title");
        Button run = new Button(m.get("operations.run"), new FontIcon(Material2MZ.PLAY_ARROW));
        run.setId("runNow");
        run.getStyleClass().add("accent");
        run.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull().or(vm.runningProperty()));
        run.setOnAction(
                e -> vm.runNow(table.getSelectionModel().getSelectedItem().job()));
        Button cancel = new Button(m.get("operations.cancel"), new FontIcon(Material2MZ.STOP));
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button reload = new Button(null, new FontIcon(Material2MZ.REFRESH));
        reload.setOnAction(e -> vm.load());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, reload, cancel, run);
        header.getStyleClass().add("page-header");

        ProgressBar bar = new ProgressBar(0);
        bar.setId("runProgress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(240);
        Label status = new Label();
        status.setId("runStatus");
        status.textProperty().bind(vm.progressTextProperty());
        HBox progress = new HBox(12, bar, status);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(vm.progressTextProperty().isNotEmpty());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorProperty());
        Label hint = new Label(m.get("operations.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);

        VBox body = new VBox(hint, table, progress, error);
        body.getStyleClass().add("page-body");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        return root;
    }

    private String lag(RollupJobStatus j) {
        if (j.oldestPending() == null) {
            return m.get("operations.current");
        }
        Duration d = Duration.between(j.oldestPending(), OffsetDateTime.now(vm.clock()));
        return d.toMinutes() < 1 ? d.toSeconds() + " s" : d.toHours() < 1 ? d.toMinutes() + " min" : d.toHours() + " h";
    }

    private static String when(OffsetDateTime t) {
        return t == null ? "–" : WHEN.format(t.atZoneSameInstant(ZoneId.systemDefault()));
    }
}
