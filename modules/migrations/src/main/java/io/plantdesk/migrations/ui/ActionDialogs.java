package io.plantdesk.migrations.ui;

import io.plantdesk.migrations.catalog.DriftReport;
import io.plantdesk.migrations.service.DriftRefusedException;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Forms;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The dialogs of the tracker's actions. Each checks what it can before sending, stays open while
 * the server works (with a line per migration as it runs), and on a refusal or failure shows why
 * and keeps everything typed.
 */
final class ActionDialogs {

    private ActionDialogs() {
    }

    static void connect(Window owner, Messages m, MigrationsViewModel vm, ConnectionProfile env) {
        Action a = new Action(owner, m, m.get("connect.title", env.name()), m.get("connect.go"));
        TextField user = new TextField();
        user.setId("connectUser");
        user.setPromptText("postgres");
        PasswordField password = new PasswordField();
        password.setId("connectPassword");
        GridPane g = Forms.grid();
        g.addRow(0, new Label(m.get("connect.where")), new Label(env.host() + ":" + env.port() + "/" + env.database()));
        g.addRow(1, new Label(m.get("connect.user")), user);
        g.addRow(2, new Label(m.get("connect.password")), password);
        g.add(Forms.hint(m.get("connect.hint")), 1, 3);
        a.firstField = user;
        a.show(g, () -> {
            if (user.getText().isBlank()) {
                return m.get("connect.nouser");
            }
            vm.connect(env, user.getText().strip(), password.getText().toCharArray(), a.closingOnSuccess());
            return null;
        });
    }

    static void migrate(Window owner, Messages m, MigrationsViewModel vm, ConnectionProfile env) {
        Action a = new Action(owner, m, m.get("migrate.title", env.name()), m.get("migrate.go"));
        ComboBox<String> target = versions(vm);
        target.setId("migrateTarget");
        target.setValue(vm.versions().isEmpty() ? null : vm.versions().getLast());
        TextArea dryRun = MigrationPane.code("dryRun");
        dryRun.setPrefRowCount(11);
        dryRun.setPrefColumnCount(90);
        Consumer<String> plan = v -> {
            dryRun.setText(m.get("migrate.planning"));
            vm.plan(env, v, dryRun::setText, e -> dryRun.setText(ErrorText.of(e)));
        };
        target.valueProperty().addListener((o, x, v) -> plan.accept(v));
        plan.accept(target.getValue());
        GridPane g = Forms.grid();
        g.addRow(0, new Label(m.get("migrate.target")), target);
        VBox box = new VBox(8, g, new Label(m.get("migrate.dryrun")), dryRun);
        Supplier<String> typed = a.confirmation(box, env, m);
        a.steps.setPlaceholder(new Label(m.get("steps.migrate")));
        box.getChildren().addAll(a.progressBar, a.steps);
        a.show(box, () -> {
            if (target.getValue() == null) {
                return m.get("migrate.notarget");
            }
            vm.migrate(env, target.getValue(), typed.get(), a.reporting(done -> {
                plan.accept(target.getValue()); // what is left to run now
                return done.isEmpty() ? m.get("migrate.nothing", env.name())
                        : m.get("migrate.done", env.name(), done.size(), "V" + target.getValue());
            }));
            return null;
        });
    }

    static void rollback(Window owner, Messages m, MigrationsViewModel vm, ConnectionProfile env) {
        Action a = new Action(owner, m, m.get("rollback.title", env.name()), m.get("rollback.go"));
        int max = Math.max(1, vm.appliedCount(env));
        Spinner<Integer> count = new Spinner<>(1, max, 1);
        count.setId("rollbackCount");
        count.setEditable(true);
        ListView<String> undone = new ListView<>();
        undone.setId("rollbackList");
        undone.setPrefHeight(150);
        Consumer<Integer> preview = n -> vm.lastApplied(env, n, cells -> undone.getItems().setAll(cells.stream()
                .map(c -> "V" + c.version() + " " + c.description() + scriptNote(vm, c, m)).toList()),
                e -> undone.getItems().setAll(ErrorText.of(e)));
        count.valueProperty().addListener((o, x, n) -> preview.accept(n));
        preview.accept(1);
        GridPane g = Forms.grid();
        g.addRow(0, new Label(m.get("rollback.count")), count);
        TextField reason = new TextField();
        reason.setId("rollbackReason");
        reason.setPromptText(m.get("rollback.reason.prompt"));
        g.addRow(1, new Label(m.get("rollback.reason")), reason);
        VBox box = new VBox(8, g, new Label(m.get("rollback.list")), undone, Forms.hint(m.get("rollback.hint")));
        Supplier<String> typed = a.confirmation(box, env, m);
        a.steps.setPlaceholder(new Label(m.get("steps.rollback")));
        box.getChildren().addAll(a.progressBar, a.steps);
        a.show(box, () -> {
            vm.rollback(env, count.getValue(), typed.get(), reason.getText(), a.reporting(done -> m.get("rollback.done", env.name(), done.size())));
            return null;
        });
    }

    /** The set's versions, shown as "V7 core activity rollup". */
    private static ComboBox<String> versions(MigrationsViewModel vm) {
        ComboBox<String> c = new ComboBox<>(FXCollections.observableArrayList(vm.versions()));
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : "V" + v + " " + vm.rows().stream().filter(r -> r.version().equals(v)).findFirst()
                        .map(GridRow::description).orElse("");
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        return c;
    }

    private static String scriptNote(MigrationsViewModel vm, HistoryCell c, Messages m) {
        return vm.rows().stream().filter(r -> r.version().equals(c.version()) && r.script() != null && r.script().hasRollback())
                .findFirst().map(r -> "  ← " + r.script().rollbackFileName()).orElse("  ← " + m.get("col.norollback"));
    }

    static void baseline(Window owner, Messages m, MigrationsViewModel vm, ConnectionProfile env) {
        Action a = new Action(owner, m, m.get("baseline.title", env.name()), m.get("baseline.go"));
        ComboBox<String> version = versions(vm);
        version.setId("baselineVersion");
        TextArea report = MigrationPane.code("baselineReport");
        report.setPrefRowCount(12);
        report.setPrefColumnCount(90);
        String[] checkedClean = {null};
        Button check = new Button(m.get("baseline.check"));
        check.setId("baselineCheck");
        check.disableProperty().bind(version.valueProperty().isNull());
        check.setOnAction(e -> {
            String v = version.getValue();
            report.setText(m.get("baseline.checking", v));
            checkedClean[0] = null;
            vm.baselineCheck(env, v, new MigrationsViewModel.Listener<>() {
                @Override
                public void done(DriftReport r) {
                    report.setText(r.text(ErrorText::render));
                    checkedClean[0] = r.isClean() ? v : null;
                    a.actionButton.setDisable(!r.isClean());
                }

                @Override
                public void failed(Throwable t) {
                    report.setText(ErrorText.of(t));
                }
            });
        });
        version.valueProperty().addListener((o, x, v) -> {
            checkedClean[0] = null;
            a.actionButton.setDisable(true);
            report.setText(m.get("baseline.first"));
        });
        report.setText(m.get("baseline.first"));
        GridPane g = Forms.grid();
        g.addRow(0, new Label(m.get("baseline.version")), new HBox(8, version, check));
        VBox box = new VBox(8, g, Forms.hint(m.get("baseline.hint")), report);
        Supplier<String> typed = a.confirmation(box, env, m);
        a.show(box, () -> {
            if (checkedClean[0] == null || !checkedClean[0].equals(version.getValue())) {
                return m.get("baseline.checkfirst");
            }
            vm.baseline(env, version.getValue(), typed.get(), a.reporting(r -> m.get("baseline.done", env.name(), version.getValue()),
                    e -> e instanceof DriftRefusedException d ? d.report().text(ErrorText::render) : null, report));
            return null;
        });
        a.actionButton.setDisable(true);
    }

    static void repair(Window owner, Messages m, MigrationsViewModel vm, ConnectionProfile env, BiConsumer<String, String> result) {
        Action a = new Action(owner, m, m.get("repair.title", env.name()), m.get("repair.go"));
        VBox box = new VBox(8, Forms.hint(m.get("repair.hint")));
        Supplier<String> typed = a.confirmation(box, env, m);
        a.show(box, () -> {
            vm.repair(env, typed.get(), new MigrationsViewModel.Listener<>() {
                @Override
                public void done(String summary) {
                    result.accept(summary, "");
                    a.close();
                }

                @Override
                public void failed(Throwable e) {
                    a.fail(e);
                }
            });
            return null;
        });
    }

    /**
     * A dialog with one action button that does not close it: the check runs first (a message
     * keeps the dialog open with it), then the work, which reports back through a listener.
     */
    private static final class Action {
        final Dialog<Void> dialog = new Dialog<>();
        final Label error = new Label();
        final ProgressBar progressBar = new ProgressBar(0);
        final ObservableList<String> stepLines = FXCollections.observableArrayList();
        final ListView<String> steps = new ListView<>(stepLines);
        final Button actionButton;

        final Messages m;

        Action(Window owner, Messages m, String title, String actionText) {
            this.m = m;
            dialog.initOwner(owner);
            dialog.setTitle(title);
            dialog.setHeaderText(title);
            dialog.setResizable(true);
            ButtonType go = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
            ButtonType closeButton = DialogButtons.close();
            dialog.getDialogPane().getButtonTypes().addAll(go, closeButton);
            actionButton = (Button) dialog.getDialogPane().lookupButton(go);
            actionButton.setId("actionGo");
            dialog.getDialogPane().lookupButton(closeButton).setId("actionClose");
            error.setId("actionError");
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.setMaxWidth(720);
            error.setMinHeight(Region.USE_PREF_SIZE); // a refusal is read whole, never cut off
            progressBar.setId("actionProgress");
            progressBar.setMaxWidth(Double.MAX_VALUE);
            steps.setId("actionSteps");
            // Sized from the start: a dialog does not grow once shown, and every step should stay in view.
            steps.setPrefHeight(120);
            steps.setMinHeight(120);
        }

        /**
         * For production, adds the field its name is typed into (checked before the action starts,
         * and focused when the dialog opens); returns what was typed, empty elsewhere.
         */
        Supplier<String> confirmation(VBox box, ConnectionProfile env, Messages m) {
            if (env.environment() != Environment.PRODUCTION) {
                return () -> "";
            }
            TextField typed = new TextField();
            typed.setId("confirmName");
            typed.setPromptText(env.name());
            Label l = new Label(m.get("confirm.production", env.name()));
            l.getStyleClass().add("production-warning");
            l.setWrapText(true);
            box.getChildren().addAll(l, typed);
            firstField = typed;
            pendingCheck = () -> env.name().equals(typed.getText().strip()) ? null : m.get("confirm.mismatch", env.name());
            return typed::getText;
        }

        private Supplier<String> pendingCheck = () -> null;
        /** Focused when the dialog opens. */
        private TextField firstField;

        /** @param start checks, then starts the work; returns a message to show instead of starting */
        void show(Node content, Supplier<String> start) {
            VBox box = new VBox(10, content, error);
            dialog.getDialogPane().setContent(box);
            actionButton.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                String problem = pendingCheck.get();
                if (problem == null) {
                    error.setText("");
                    actionButton.setDisable(true);
                    problem = start.get();
                }
                if (problem != null) {
                    actionButton.setDisable(false);
                    error.setText(problem);
                }
            });
            // A dialog keeps the size it was shown with: let it grow when a message appears.
            error.textProperty().addListener((o, a, b) -> Platform.runLater(
                    () -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
            dialog.show();
            if (firstField != null) {
                firstField.requestFocus();
            }
        }

        <T> MigrationsViewModel.Listener<T> closingOnSuccess() {
            return new MigrationsViewModel.Listener<>() {
                @Override
                public void done(T result) {
                    close();
                }

                @Override
                public void failed(Throwable e) {
                    fail(e);
                }
            };
        }

        <T> MigrationsViewModel.Listener<T> reporting(Function<T, String> summary) {
            return reporting(summary, e -> null, null);
        }

        /** Shows each step as it runs, then the summary; on failure the reason (and details where there are some). */
        <T> MigrationsViewModel.Listener<T> reporting(Function<T, String> summary,
                                                     Function<Throwable, String> details, TextArea detailsArea) {
            stepLines.clear();
            progressBar.setProgress(-1);
            return new MigrationsViewModel.Listener<>() {
                @Override
                public void step(String version, String description, int step, int total, boolean finished, long millis) {
                    String line = "V" + version + (description.isEmpty() ? "" : " " + description);
                    if (finished) {
                        int i = stepLines.size() - 1;
                        String started = i >= 0 ? stepLines.get(i).replaceFirst("^… ", "") : line;
                        if (i >= 0) {
                            stepLines.set(i, "✓ " + started + "  (" + millis + " ms)");
                        }
                        progressBar.setProgress((double) step / total);
                    } else {
                        stepLines.add("… " + line);
                    }
                    steps.scrollTo(stepLines.size() - 1);
                }

                @Override
                public void retrying(String version, int attempt, int attempts, long waitMillis, String reason) {
                    // The step stays "running": it waits, nothing of it was kept, and it runs again.
                    stepLines.add(m.get("step.retry", version, attempt, attempts, waitMillis, reason));
                    steps.scrollTo(stepLines.size() - 1);
                }

                @Override
                public void repeatableSkipped(String reason) {
                    stepLines.add(m.get("step.repeatableSkipped", reason));
                }

                @Override
                public void done(T result) {
                    progressBar.setProgress(1);
                    error.getStyleClass().remove("field-error");
                    error.setText(summary.apply(result));
                    actionButton.setDisable(false);
                }

                @Override
                public void failed(Throwable e) {
                    progressBar.setProgress(0);
                    int i = stepLines.size() - 1;
                    if (i >= 0 && stepLines.get(i).startsWith("… ")) {
                        stepLines.set(i, "✗ " + stepLines.get(i).substring(2));
                    }
                    String more = details.apply(e);
                    if (more != null && detailsArea != null) {
                        detailsArea.setText(more);
                    }
                    fail(e);
                }
            };
        }

        void fail(Throwable e) {
            if (!error.getStyleClass().contains("field-error")) {
                error.getStyleClass().add("field-error");
            }
            error.setText(ErrorText.of(e));
            actionButton.setDisable(false);
        }

        void close() {
            dialog.setResult(null);
            dialog.close();
        }
    }
}
