package io.plantdesk.app;

import io.plantdesk.app.login.LoginView;
import io.plantdesk.app.login.LoginViewModel;
import io.plantdesk.app.login.ProfileDialog;
import io.plantdesk.app.shell.AppDialogs;
import io.plantdesk.app.shell.ShellView;
import io.plantdesk.app.shell.ShellViewModel;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.config.AppSettings;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.platform.rollup.DataVersionWatcher;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.platform.rollup.RollupScheduler;
import io.plantdesk.platform.session.Session;
import io.plantdesk.ui.feature.LiveRefresh;
import java.util.List;
import java.util.Optional;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.CrossEnvironment;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.theme.Theme;
import io.plantdesk.ui.theme.UiMode;
import io.plantdesk.ui.widgets.ErrorDialog;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one window of Plantdesk: shows the login, then the shell for the session, and back at logout.
 * Wires views to view models and services from the {@link AppContext}; owns no rules itself.
 */
public final class AppWindow {

    private static final Logger LOG = LoggerFactory.getLogger(AppWindow.class);

    private final AppContext ctx;
    private final Stage stage;
    private final Messages m = Messages.of("io.plantdesk.app.messages", AppWindow.class);
    private final Scene scene;
    private Session session;
    private ShellView shell;
    private LoginViewModel login;
    private RollupScheduler rollups;

    public AppWindow(AppContext ctx, Stage stage) {
        this.ctx = ctx;
        this.stage = stage;
        Theme.applyBase("dark".equals(ctx.settings().theme()));
        this.scene = new Scene(new javafx.scene.layout.Pane(), 1280, 800);
        Theme.install(scene);
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setOnHidden(e -> logout(false));
    }

    public void showLogin() {
        AppSettings s = ctx.settings();
        login = new LoginViewModel(new LoginViewModel.Deps(ctx.loginService(), ctx.profiles(), ctx::vault,
                ctx.embedded(), ctx.demoPlant(), ctx.tasks(), s.embeddedPort(), m), s.lastProfile(), s.lastUser(), this::showShell);
        LoginView view = new LoginView(login, m, () -> editProfile(true), () -> editProfile(false), this::openSettings);
        setRoot(view.build(), UiMode.parse(s.mode()));
        stage.setTitle(m.get("window.login"));
        login.probeKeychain();
    }

    /** Opens the demo plant as the login view's button would (the start-up probe's path). */
    void tryDemoPlant(java.util.function.Consumer<String> onFailure) {
        login.messageProperty().addListener((o, was, now) -> {
            if (now != null && !now.isBlank()) {
                onFailure.accept(now);
            }
        });
        login.tryDemo();
    }

    /** Closes the window as the user would: logs out, and the app ends with its last window. */
    void close() {
        stage.close();
    }

    void showShell(Session s) {
        this.session = s;
        AppSettings settings = ctx.settings();
        if (!s.profile().embedded() || !s.person().loginRole().startsWith("demo_")) {
            saveSettings(settings.withLastLogin(s.profile().name(), s.person().loginRole()));
        }
        List<Feature> features = ctx.features();
        LiveRefresh live = new LiveRefresh();
        rollups = new RollupScheduler(new RollupRunner(s.database().jdbi()),
                o -> LOG.info("Rollup {}: {} bucket(s), {} rows read", o.job(), o.buckets(), o.rowsRead()));
        rollups.start();
        ShellViewModel vm = new ShellViewModel(s, features, ctx.tasks(), ctx.clock(), m,
                UiMode.parse(settings.mode()), "dark".equals(settings.theme()),
                new DataVersionWatcher(s.database().jdbi()), live);
        ReadOnlyObjectWrapper<UiMode> mode = new ReadOnlyObjectWrapper<>(vm.modeProperty().get());
        features.forEach(f -> scene.getStylesheets().addAll(f.stylesheets().stream()
                .filter(css -> !scene.getStylesheets().contains(css)).toList()));
        shell = new ShellView(vm, m, f -> contextFor(f, s, mode, live), new ShellView.Actions(
                this::openSettings, () -> AppDialogs.about(stage, m, ctx.paths(), vm.serverVersionProperty().get(), s.schemaVersion()),
                this::changePassword, () -> logout(true)));
        Parent root = shell.build();
        vm.modeProperty().addListener((o, a, b) -> {
            mode.set(b);
            Theme.applyMode(root, b);
            saveSettings(ctx.settings().withMode(b.name().toLowerCase(java.util.Locale.ROOT)));
        });
        vm.darkProperty().addListener((o, a, b) -> {
            Theme.applyBase(b);
            saveSettings(ctx.settings().withTheme(b ? "dark" : "light"));
        });
        setRoot(root, vm.modeProperty().get());
        stage.setTitle(vm.windowTitle());
    }

    /** What a feature gets: its Jdbi and the rest, the installation only when it asks for it. */
    private FeatureContext contextFor(Feature f, Session s, ReadOnlyObjectWrapper<UiMode> mode, LiveRefresh live) {
        return new FeatureContext(s.database().jdbi(), s.person(), ctx.tasks(), ctx.ids(), ctx.clock(), mode.getReadOnlyProperty(),
                live, rollups, this::showError, ctx.sectionSettings(f.id()),
                f.worksAcrossEnvironments() ? Optional.of(new CrossEnvironment(s.profile(), ctx)) : Optional.empty());
    }

    private void setRoot(Parent root, UiMode mode) {
        Theme.applyMode(root, mode);
        scene.setRoot(root);
    }

    void logout(boolean showLogin) {
        if (rollups != null) {
            rollups.close();
            rollups = null;
        }
        if (shell != null) {
            shell.dispose();
            shell = null;
        }
        Session s = session;
        session = null;
        if (s != null) {
            ctx.tasks().run("logout", () -> {
                s.close();
                return null;
            }, r -> { }, e -> LOG.warn("Closing the session failed", e));
        }
        if (showLogin) {
            showLogin();
        }
    }

    private void editProfile(boolean create) {
        var existing = create ? null : login.profileProperty().get();
        ProfileDialog.show(stage, m, existing).ifPresent(result -> ctx.tasks().run("save profile", () -> {
            switch (result) {
                case ProfileDialog.Save save -> {
                    if (save.replacedName() != null && !save.replacedName().equalsIgnoreCase(save.profile().name())) {
                        ctx.profiles().delete(save.replacedName());
                    }
                    ctx.profiles().save(save.profile());
                }
                case ProfileDialog.Delete del -> ctx.profiles().delete(del.name());
            }
            return result;
        }, r -> login.reloadProfiles(r instanceof ProfileDialog.Save save ? save.profile().name() : ConnectionProfile.DEMO_NAME),
                this::showError));
    }

    private void openSettings() {
        AppDialogs.settings(stage, m, ctx.settings()).ifPresent(s -> {
            saveSettings(s);
            Theme.applyBase("dark".equals(s.theme()));
            if (scene.getRoot() != null) {
                Theme.applyMode(scene.getRoot(), UiMode.parse(s.mode()));
            }
        });
    }

    private void changePassword() {
        Session s = session;
        AppDialogs.changePassword(stage, m).ifPresent(change -> ctx.tasks().run("change password", () -> {
            try {
                ctx.loginService().verifyPassword(s.profile(), s.person().loginRole(), change.current());
            } catch (PlantdeskException e) {
                throw e.getCause() instanceof java.sql.SQLException sql && "28P01".equals(sql.getSQLState())
                        ? new PlantdeskException(m.get("password.current.wrong"), m.get("password.unchanged"), e) : e;
            }
            new PeopleService(s.database().jdbi(), ctx.ids()).changeOwnPassword(s.person().loginRole(), change.next());
            if (ctx.vault().find(s.profile().name(), s.person().loginRole()).isPresent()) {
                ctx.vault().remember(s.profile().name(), s.person().loginRole(), change.next());
            }
            return true;
        }, ok -> info(m.get("password.changed")), this::showError));
    }

    private void saveSettings(AppSettings s) {
        ctx.tasks().run("save settings", () -> {
            ctx.saveSettings(s);
            return s;
        }, r -> { }, e -> LOG.warn("Could not save settings", e));
    }

    private void info(String text) {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION, text);
        a.initOwner(stage);
        a.setHeaderText(null);
        a.show();
    }

    public void showError(Throwable e) {
        if (!(e instanceof PlantdeskException)) {
            LOG.error("Unexpected error", e);
        }
        ErrorDialog.show(stage, e, ctx.paths().appLog());
    }
}
