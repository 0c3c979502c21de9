package io.plantdesk.migrations.ui;

import io.plantdesk.migrations.catalog.DriftReport;
import io.plantdesk.migrations.service.DriftRefusedException;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Forms;
import io.plantdesk.ui.widgets.ProgressDialog;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The dialogs of the tracker's actions. Each checks what it can before sending, stays open while
 * the server works (with a line per migration as it runs), and on a refusal or failure shows why
 * and keeps everything typed.
 */
final class ActionDialogs {

    private ActionDialogs() {}

    static void connect(Window owner, Messages m, MigrationsViewModel vm, ConnectionProfile env) {
        ProgressDialog a = new ProgressDialog(owner, m.get("connect.title", env.name()), m.get("connect.go"));
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
        a.focusFirst(user);
        a.show(g, () -> {
            if (user.getText().isBlank()) {
                return m.get("connect.nouser");
            }
            vm.connect(env, user.getText().strip(), password.getText().toCharArray(), closingOnSuccess(a));
            return null;
        });
    }

    static void migrate(Window owner, Messages m, MigrationsViewModel vm, ConnectionProfile env) {
        ProgressDialog a = new ProgressDialog(owner, m.get("migrate.title", env.name()), m.get("migrate.go"));
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
        Supplier<String> typed = confirmation(a, box, env, m);
        box.getChildren().add(a.progress(m.get("steps.migrate")));
        a.show(box, () -> {
            if (target.getValue() == null) {
                return m.get("migrate.notarget");
            }
            vm.migrate(env, target.getValue(), typed.get(), reporting(a, m, done -> {
                plan.accept(target.getValue()); // what is left to run now
                return done.isEmpty()
                        ? m.get("migrate.nothing", env.name())
                        : m.get("migrate.done", env.name(), done.size(), "V" + target.getValue());
            }));
            return null;
        });
    }

    static void rollback(Window owner, Messages m, MigrationsViewModel vm, ConnectionProfile env) {
        ProgressDialog a = new ProgressDialog(owner, m.get("rollback.title", env.name()), m.get("rollback.go"));
        int max = Math.max(1, vm.appliedCount(env));
        Spinner<Integer> count = new Spinner<>(1, max, 1);
        count.setId("rollbackCount");
        count.setEditable(true);
        ListView<String> undone = new ListView<>();
        undone.setId("rollbackList");
        undone.setPrefHeight(150);
        Consumer<Integer> preview = n -> vm.lastApplied(
                env,
                n,
                cells -> undone.getItems()
                        .setAll(cells.stream()
                                .map(c -> "V" + c.version() + " " + c.description() + scriptNote(vm, c, m))
                                .toList()),
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
        Supplier<String> typed = confirmation(a, box, env, m);
        box.getChildren().add(a.progress(m.get("steps.rollback")));
        a.show(box, () -> {
            vm.rollback(
                    env,
                    count.getValue(),
                    typed.get(),
                    reason.getText(),
                    reporting(a, m, done -> m.get("rollback.done", env.name(), done.size())));
            return null;
        });
    }

    /** The set's versions, shown as "V7 core activity rollup". */
    private static ComboBox<String> versions(MigrationsViewModel vm) {
        ComboBox<String> c = new ComboBox<>(FXCollections.observableArrayList(vm.versions()));
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null
                        ? ""
                        : "V" + v + " "
                                + vm.rows().stream()
                                        .filter(r -> r.version().equals(v))
                                        .findFirst()
                                        .map(GridRow::description)
                                        .orElse("");
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        return c;
    }

    private static String scriptNote(MigrationsViewModel vm, HistoryCell c, Messages m) {
        return vm.rows().stream()
                .filter(r -> r.version().equals(c.version())
                        && r.script() != null
                        && r.script().hasRollback())
                .findFirst()
                .map(r -> "  ← " + r.script().rollbackFileName())
                .orElse("  ← " + m.get("col.norollback"));
    }

    static void baseline(Window owner, Messages m, MigrationsViewModel vm, ConnectionProfile env) {
        ProgressDialog a = new ProgressDialog(owner, m.get("baseline.title", env.name()), m.get("baseline.go"));
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
                    a.actionButton().setDisable(!r.isClean());
                }

                @Override
                public void failed(Throwable t) {
                    report.setText(ErrorText.of(t));
                }
            });
        });
        version.valueProperty().addListener((o, x, v) -> {
            checkedClean[0] = null;
            a.actionButton().setDisable(true);
            report.setText(m.get("baseline.first"));
        });
        report.setText(m.get("baseline.first"));
        GridPane g = Forms.grid();
        g.addRow(0, new Label(m.get("baseline.version")), new HBox(8, version, check));
        VBox box = new VBox(8, g, Forms.hint(m.get("baseline.hint")), report);
        Supplier<String> typed = confirmation(a, box, env, m);
        a.show(box, () -> {
            if (checkedClean[0] == null || !checkedClean[0].equals(version.getValue())) {
                return m.get("baseline.checkfirst");
            }
            vm.baseline(
                    env,
                    version.getValue(),
                    typed.get(),
                    reporting(
                            a,
                            m,
                            r -> m.get("baseline.done", env.name(), version.getValue()),
                            e -> e instanceof DriftRefusedException d
                                    ? d.report().text(ErrorText::render)
                                    : null,
                            report));
            return null;
        });
        a.actionButton().setDisable(true);
    }

    static void repair(
            Window owner,
            Messages m,
            MigrationsViewModel vm,
            ConnectionProfile env,
            BiConsumer<String, String> result) {
        ProgressDialog a = new ProgressDialog(owner, m.get("repair.title", env.name()), m.get("repair.go"));
        VBox box = new VBox(8, Forms.hint(m.get("repair.hint")));
        Supplier<String> typed = confirmation(a, box, env, m);
        a.show(box, () -> {
            vm.repair(env, typed.get(), new MigrationsViewModel.Listener<>() {
                @Override
                public void done(String summary) {
                    result.accept(summary, "");
                    a.close();
                }

                @Override
                public void failed(Throwable e) {
                    a.failed(e);
                }
            });
            return null;
        });
    }

    /** For production, the field its name is typed into before the action starts; empty elsewhere. */
    private static Supplier<String> confirmation(ProgressDialog a, VBox box, ConnectionProfile env, Messages m) {
        if (env.environment() != Environment.PRODUCTION) {
            return () -> "";
        }
        return a.typedName(
                box, env.name(), m.get("confirm.production", env.name()), m.get("confirm.mismatch", env.name()));
    }

    private static <T> MigrationsViewModel.Listener<T> closingOnSuccess(ProgressDialog a) {
        return new MigrationsViewModel.Listener<>() {
            @Override
            public void done(T result) {
                a.close();
            }

            @Override
            public void failed(Throwable e) {
                a.failed(e);
            }
        };
    }

    private static <T> MigrationsViewModel.Listener<T> reporting(
            ProgressDialog a, Messages m, Function<T, String> summary) {
        return reporting(a, m, summary, e -> null, null);
    }

    /** Shows each step as it runs, then the summary; on failure the reason (and details where there are some). */
    private static <T> MigrationsViewModel.Listener<T> reporting(
            ProgressDialog a,
            Messages m,
            Function<T, String> summary,
            Function<Throwable, String> details,
            TextArea detailsArea) {
        a.working();
        return new MigrationsViewModel.Listener<>() {
            @Override
            public void step(String version, String description, int step, int total, boolean finished, long millis) {
                if (finished) {
                    a.stepFinished(step, total, millis);
                } else {
                    a.stepStarted("V" + version + (description.isEmpty() ? "" : " " + description));
                }
            }

            @Override
            public void retrying(String version, int attempt, int attempts, long waitMillis, String reason) {
                // The step stays "running": it waits, nothing of it was kept, and it runs again.
                a.note(m.get("step.retry", version, attempt, attempts, waitMillis, reason));
            }

            @Override
            public void repeatableSkipped(String reason) {
                a.note(m.get("step.repeatableSkipped", reason));
            }

            @Override
            public void done(T result) {
                a.succeeded(summary.apply(result));
            }

            @Override
            public void failed(Throwable e) {
                String more = details.apply(e);
                if (more != null && detailsArea != null) {
                    detailsArea.setText(more);
                }
                a.failed(e);
            }
        };
    }
}
