package io.plantdesk.migrations.ui;

import io.plantdesk.migrations.catalog.DriftReport;
import io.plantdesk.migrations.service.DriftRefusedException;
import io.plantdesk.migrations.service.EnvironmentHistory;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.EnvironmentBadge;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The selected environment: its history as a table, and the actions on it. Whatever an action
 * reports (a drift report, validation findings, a refusal) lands in the output area, where it can
 * be read and copied.
 */
final class EnvironmentPane {

    private final MigrationsViewModel vm;
    private final Messages m;
    private final ComboBox<ConnectionProfile> choice = new ComboBox<>();
    private final EnvironmentBadge badge = new EnvironmentBadge();
    private final Label summary = new Label();
    private final Label status = new Label();
    /** The output shows the history until an action shows its result there. */
    private boolean showingHistory = true;
    /** Its history could be read: the actions need that way in (Connect is the one that gives it). */
    private final BooleanProperty readable = new SimpleBooleanProperty(false);

    private final TextArea output = MigrationPane.code("envOutput");
    /** The history as rows in the person's words; the output area takes its place for an action's result. */
    private final TableView<HistoryCell> history = new TableView<>();

    private final Label rollbacks = new Label();
    private final Formats formats = Formats.system();
    private final Button connect = new Button();
    private VBox actions;

    EnvironmentPane(MigrationsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    Node build() {
        choice.setId("envChoice");
        choice.setItems(vm.environments());
        choice.setButtonCell(new Names());
        choice.setCellFactory(l -> new Names());
        choice.valueProperty().addListener((o, a, env) -> {
            if (env != null) {
                badge.show(env.environment());
                status.setText("");
                showingHistory = true;
                showHistory();
            }
        });
        vm.histories().addListener((MapChangeListener<String, EnvironmentHistory>) c -> {
            if (selected() != null && selected().name().equals(c.getKey())) {
                showHistory();
            }
        });
        summary.setId("envSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        status.setId("envStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("action-status");
        Label heading = new Label(m.get("env.title"));
        heading.getStyleClass().add("pane-title");
        HBox top = new HBox(8, heading, choice, badge);
        top.setAlignment(Pos.CENTER_LEFT);

        connect.setText(m.get("env.connect"));
        connect.setId("actConnect");
        connect.setOnAction(e -> ActionDialogs.connect(window(), m, vm, selected()));
        Button migrate = action(
                "actMigrate",
                m.get("act.migrate"),
                new FontIcon(Material2MZ.PLAY_ARROW),
                () -> ActionDialogs.migrate(window(), m, vm, selected()));
        migrate.getStyleClass().add("accent");
        Button rollbackButton = action(
                "actRollback",
                m.get("act.rollback"),
                new FontIcon(Material2MZ.UNDO),
                () -> ActionDialogs.rollback(window(), m, vm, selected()));
        Button baseline = action(
                "actBaseline",
                m.get("act.baseline"),
                new FontIcon(Material2AL.FLAG),
                () -> ActionDialogs.baseline(window(), m, vm, selected()));
        Button drift = action("actDrift", m.get("act.drift"), new FontIcon(Material2AL.COMPARE_ARROWS), this::drift);
        Button compare = action("actCompare", m.get("act.compare"), new FontIcon(Material2AL.COMPARE), this::compare);
        Button validate = action(
                "actValidate", m.get("act.validate"), new FontIcon(Material2AL.CHECK_CIRCLE_OUTLINE), this::validate);
        Button repair = action(
                "actRepair",
                m.get("act.repair"),
                new FontIcon(Material2AL.BUILD),
                () -> ActionDialogs.repair(window(), m, vm, selected(), this::showText));
        Button export = action("actExport", m.get("act.export"), new FontIcon(Material2MZ.SAVE_ALT), this::export);
        FlowPane buttons = new FlowPane(
                6, 6, connect, migrate, rollbackButton, baseline, drift, compare, validate, repair, export);
        VBox.setVgrow(output, Priority.ALWAYS);
        VBox.setVgrow(history, Priority.ALWAYS);
        history.setId("envHistory");
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.setPlaceholder(new Label(m.get("env.history.none")));
        history.getColumns().add(Columns.text(m.get("col.version"), c -> "V" + c.version()));
        history.getColumns().add(Columns.text(m.get("col.state"), c -> CellText.text(c, m)));
        history.getColumns().add(Columns.text(m.get("col.applied"), c -> formats.dateTimeWithZone(c.installedOn())));
        history.getColumns().add(Columns.text(m.get("col.by"), c -> CellText.who(c.installedBy(), m)));
        history.getColumns()
                .add(Columns.text(
                        m.get("col.time"),
                        c -> c.executionMs() == null ? "–" : m.get("env.ms", formats.number(c.executionMs()))));
        history.getColumns().add(Columns.text(m.get("col.description"), HistoryCell::description));
        history.setMinHeight(160); // a few rows stay readable; the pane scrolls below that
        output.setMinHeight(160);
        rollbacks.setId("envRollbacks");
        rollbacks.setWrapText(true);
        rollbacks.setMinHeight(Region.USE_PREF_SIZE);
        DataText.mark(rollbacks); // the reasons people typed
        actions = new VBox(8, top, buttons, summary, status, history, rollbacks, output);
        actions.getStyleClass().add("detail-pane");
        showHistoryTable(true);
        return MigrationPane.scrolling(actions);
    }

    private Window window() {
        return actions.getScene().getWindow();
    }

    private Button action(String id, String text, FontIcon icon, Runnable run) {
        Button b = new Button(text, icon);
        b.setId(id);
        b.disableProperty().bind(readable.not());
        b.setOnAction(e -> run.run());
        return b;
    }

    ConnectionProfile selected() {
        return choice.getValue();
    }

    void select(ConnectionProfile env) {
        if (env != null && !env.equals(choice.getValue())) {
            choice.setValue(env);
        }
    }

    void environmentsChanged() {
        if (choice.getValue() == null || !vm.environments().contains(choice.getValue())) {
            choice.setValue(
                    vm.environments().isEmpty() ? null : vm.environments().getFirst());
        }
    }

    /** The summary line, and the history in the CLI's layout unless an action's result is showing. */
    private void showHistory() {
        ConnectionProfile env = selected();
        EnvironmentHistory h = vm.histories().get(env.name());
        boolean connected = vm.isConnected(env);
        connect.setVisible(!connected);
        connect.setManaged(!connected);
        readable.set(h != null && h.readable());
        if (h == null || !h.readable()) {
            summary.setText(h == null ? m.get("env.reading") : ErrorText.of(h.problem()));
            if (showingHistory) {
                history.getItems().clear();
                rollbacks.setText("");
            }
            return;
        }
        String v = h.currentVersion();
        summary.setText(m.get(
                "env.summary",
                env.name(),
                env.host() + ":" + env.port() + "/" + env.database(),
                v == null ? "–" : "V" + v));
        if (!showingHistory) {
            return;
        }
        showHistoryTable(true);
        history.setItems(FXCollections.observableArrayList(h.cells().values()));
        StringBuilder b = new StringBuilder();
        if (!h.rollbacks().isEmpty()) {
            b.append(m.get("env.rollbacks"));
            h.rollbacks()
                    .forEach(r -> b.append('\n')
                            .append(m.get(
                                    "env.rollback",
                                    formats.dateTimeWithZone(r.at()),
                                    r.version(),
                                    r.description(),
                                    CellText.who(r.by(), m),
                                    r.reason())));
        }
        rollbacks.setText(b.toString());
        rollbacks.setVisible(!b.isEmpty());
        rollbacks.setManaged(!b.isEmpty());
    }

    /** The history table, or the output area with an action's result, in the same place. */
    private void showHistoryTable(boolean table) {
        history.setVisible(table);
        history.setManaged(table);
        output.setVisible(!table);
        output.setManaged(!table);
        if (!table) {
            rollbacks.setVisible(false);
            rollbacks.setManaged(false);
        }
    }

    /** An action's result: its one-line status, and its details (if any) in place of the history. */
    private void showText(String statusText, String body) {
        status.setText(statusText);
        if (!body.isEmpty()) {
            showingHistory = false;
            output.setText(body);
            showHistoryTable(false);
        } else if (!showingHistory) {
            showingHistory = true;
            showHistory();
        }
    }

    private void drift() {
        ConnectionProfile env = selected();
        status.setText(m.get("drift.running", env.name()));
        vm.drift(env, new MigrationsViewModel.Listener<>() {
            @Override
            public void done(DriftReport r) {
                showText(
                        r.isClean()
                                ? m.get("drift.clean", env.name())
                                : m.get(
                                        "drift.found",
                                        env.name(),
                                        r.differences().size()),
                        r.text(ErrorText::render));
            }

            @Override
            public void failed(Throwable e) {
                showText(
                        ErrorText.of(e),
                        e instanceof DriftRefusedException d ? d.report().text(ErrorText::render) : "");
            }
        });
    }

    /** Environment against environment (staging against production, say): which objects one has that the other has not. */
    private void compare() {
        ConnectionProfile env = selected();
        List<String> others = vm.environments().stream()
                .filter(e -> !e.equals(env))
                .map(ConnectionProfile::name)
                .toList();
        if (others.isEmpty()) {
            status.setText(m.get("compare.none"));
            return;
        }
        ChoiceDialog<String> ask = new ChoiceDialog<>(others.getFirst(), others);
        ask.initOwner(window());
        ask.setTitle(m.get("compare.title", env.name()));
        ask.setHeaderText(m.get("compare.header", env.name()));
        ask.getDialogPane().setId("compareDialog");
        ask.showAndWait()
                .flatMap(name -> vm.environments().stream()
                        .filter(e -> e.name().equals(name))
                        .findFirst())
                .ifPresent(other -> {
                    status.setText(m.get("compare.running", env.name(), other.name()));
                    vm.compare(env, other, new MigrationsViewModel.Listener<>() {
                        @Override
                        public void done(DriftReport r) {
                            showText(
                                    r.isClean()
                                            ? m.get("compare.clean", env.name(), other.name())
                                            : m.get(
                                                    "compare.found",
                                                    other.name(),
                                                    env.name(),
                                                    r.differences().size()),
                                    r.text(ErrorText::render));
                        }

                        @Override
                        public void failed(Throwable e) {
                            showText(ErrorText.of(e), "");
                        }
                    });
                });
    }

    private void validate() {
        ConnectionProfile env = selected();
        status.setText(m.get("validate.running", env.name()));
        vm.validate(env, new MigrationsViewModel.Listener<>() {
            @Override
            public void done(List<String> problems) {
                showText(
                        problems.isEmpty()
                                ? m.get("validate.ok", env.name())
                                : m.get("validate.problems", env.name(), problems.size()),
                        String.join("\n", problems));
            }

            @Override
            public void failed(Throwable e) {
                showText(ErrorText.of(e), "");
            }
        });
    }

    private void export() {
        ConnectionProfile env = selected();
        String text = vm.export(env);
        if (text.isEmpty()) {
            showText(m.get("export.nothing", env.name()), "");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("export.title", env.name()));
        chooser.setInitialFileName(
                "applied-migrations-" + env.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".txt");
        File file = chooser.showSaveDialog(window());
        showText(m.get("export.preview", env.name()), text);
        if (file != null) {
            Path path = file.toPath();
            vm.exportTo(env, path, new MigrationsViewModel.Listener<>() {
                @Override
                public void done(Path p) {
                    status.setText(m.get("export.saved", p));
                }

                @Override
                public void failed(Throwable e) {
                    status.setText(ErrorText.of(e));
                }
            });
        }
    }

    /** Environment names in the chooser. */
    private static final class Names extends ListCell<ConnectionProfile> {
        @Override
        protected void updateItem(ConnectionProfile item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
