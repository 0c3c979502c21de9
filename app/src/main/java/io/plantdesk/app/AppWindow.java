package io.plantdesk.app;

import io.plantdesk.app.login.LoginView;
import io.plantdesk.app.login.LoginViewModel;
import io.plantdesk.app.login.ProfileDialog;
import io.plantdesk.app.shell.AppDialogs;
import io.plantdesk.app.shell.DisplayPrefs;
import io.plantdesk.app.shell.DisplayPrefsStore;
import io.plantdesk.app.shell.EmbeddedSupervisor;
import io.plantdesk.app.shell.KioskGuard;
import io.plantdesk.app.shell.ShellView;
import io.plantdesk.app.shell.ShellViewModel;
import io.plantdesk.app.shell.SyncPanel;
import io.plantdesk.app.shell.SyncPanelModel;
import io.plantdesk.app.shell.SyncStatus;
import io.plantdesk.app.shell.WindowPlacement;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.config.AppSettings;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.platform.rollup.DataVersionWatcher;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.platform.rollup.RollupScheduler;
import io.plantdesk.platform.session.Session;
import io.plantdesk.ui.feature.CrossEnvironment;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.keys.Shortcuts;
import io.plantdesk.ui.theme.Theme;
import io.plantdesk.ui.theme.UiMode;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.ErrorDialog;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one window of Plantdesk: shows the login, then the shell for the session, and back at logout.
 * Wires views to view models and services from the {@link AppContext}; owns no rules itself.
 */
public final class AppWindow {

    private static final Logger LOG = LoggerFactory.getLogger(AppWindow.class);
    /** Below the task runner's own grace at exit (5 s), so the pool still closes before the server stops. */
    private static final Duration ROLLUP_GRACE = Duration.ofSeconds(4);

    private final AppContext ctx;
    private final Stage stage;
    private final Messages m = Messages.of("io.plantdesk.app.messages", AppWindow.class);
    private final Scene scene;
    private Session session;
    private ShellView shell;
    private LoginViewModel login;
    private RollupScheduler rollups;
    /** The person's offline outbox and its replayer, for the session. */
    private FloorSync floorSync;

    private ShellViewModel shellVm;
    private final DisplayPrefsStore displayStore;
    private DisplayPrefs display;
    /** The window's last place while neither maximised nor full screen: what is remembered. */
    private Rectangle2D normalBounds;
    /** Desk or Floor now, for the dialogs this window opens. */
    private final SimpleObjectProperty<UiMode> uiMode = new SimpleObjectProperty<>(UiMode.DESK);

    private final SimpleBooleanProperty kiosk = new SimpleBooleanProperty(false);
    private final EmbeddedSupervisor supervisor;
    private final Keys keys;

    public AppWindow(AppContext ctx, Stage stage) {
        this.ctx = ctx;
        this.stage = stage;
        this.displayStore = new DisplayPrefsStore(ctx.paths());
        this.supervisor = new EmbeddedSupervisor(ctx.embedded(), ctx.clock());
        Theme.applyBase("dark".equals(ctx.settings().theme()));
        uiMode.set(UiMode.parse(ctx.settings().mode()));
        this.scene = new Scene(new Pane());
        Theme.install(scene);
        Shortcuts.openDropDownsByKey(scene);
        Runnable unfollow = Theme.followWindows(uiMode);
        stage.setScene(scene);
        // Read before the window shows (a small file); everything written later goes through a task.
        display = displayStore.load();
        WindowPlacement.restore(stage, display);
        normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        InvalidationListener track = o -> {
            if (!stage.isMaximized() && !stage.isFullScreen() && stage.isShowing()) {
                normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener(track);
        stage.yProperty().addListener(track);
        stage.widthProperty().addListener(track);
        stage.heightProperty().addListener(track);
        keys = new Keys(this, m);
        keys.install(scene);
        kiosk.set(display.kiosk());
        applyKiosk();
        stage.setOnCloseRequest(e -> {
            if (kiosk.get()) {
                e.consume(); // a kiosk closes only for an admin
                leaveKiosk(true);
            }
        });
        stage.setOnHidden(e -> {
            unfollow.run();
            saveDisplay(WindowPlacement.capture(stage, display, normalBounds));
            logout(false);
        });
    }

    /** Full screen with no window chrome and no way out by keys; only {@link #leaveKiosk} ends it. */
    private void applyKiosk() {
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(kiosk.get() ? KeyCombination.NO_MATCH : KeyCombination.valueOf("Esc"));
        stage.setFullScreen(kiosk.get());
    }

    /**
     * Asks for an admin's login and checks it against the plant's server (a real login, off the
     * FX thread); only then the kiosk ends, and with {@code close} the app too.
     */
    void leaveKiosk(boolean close) {
        leaveKiosk(close, null);
    }

    private void leaveKiosk(boolean close, String problem) {
        KioskGuard.ask(stage, m, problem).ifPresent(admin -> {
            ConnectionProfile profile = session != null
                    ? session.profile()
                    : login != null && login.profileProperty().get() != null
                            ? login.profileProperty().get()
                            : null;
            if (profile == null) {
                leaveKiosk(close, m.get("login.need.profile"));
                return;
            }
            ConnectionProfile target = profile.embedded() && ctx.embedded().isRunning()
                    ? profile.withPort(ctx.embedded().get().port())
                    : profile;
            ctx.tasks()
                    .run(
                            "kiosk admin check",
                            () -> {
                                try (Session check = ctx.loginService().login(target, admin.user(), admin.password())) {
                                    return check.person().appRole() == AppRole.ADMIN;
                                } finally {
                                    Arrays.fill(admin.password(), '\0');
                                }
                            },
                            isAdmin -> {
                                if (!isAdmin) {
                                    leaveKiosk(close, m.get("kiosk.leave.notAdmin"));
                                    return;
                                }
                                kiosk.set(false);
                                display = display.withKiosk(false, display.kioskScreen());
                                saveDisplay(display);
                                applyKiosk();
                                if (close) {
                                    stage.close();
                                }
                            },
                            e -> leaveKiosk(
                                    close,
                                    e instanceof PlantdeskException p ? p.getMessage() : m.get("kiosk.leave.failed")));
        });
    }

    private void saveDisplay(DisplayPrefs p) {
        display = p;
        try {
            ctx.tasks()
                    .run(
                            "save display",
                            () -> {
                                displayStore.save(p);
                                return p;
                            },
                            r -> {},
                            e -> LOG.warn("Could not save the window's place", e));
        } catch (RejectedExecutionException closing) {
            // The app is closing and its task runner is gone: still keep where the window was, off the FX thread.
            Thread.ofVirtual().name("save display").start(() -> {
                try {
                    displayStore.save(p);
                } catch (RuntimeException e) {
                    LOG.warn("Could not save the window's place", e);
                }
            });
        }
    }

    ShellView shell() {
        return shell;
    }

    ShellViewModel shellViewModel() {
        return shellVm;
    }

    Stage stage() {
        return stage;
    }

    boolean kiosk() {
        return kiosk.get();
    }

    void openSettingsFromKeys() {
        openSettings();
    }

    void changePasswordFromKeys() {
        changePassword();
    }

    public void showLogin() {
        AppSettings s = ctx.settings();
        login = new LoginViewModel(
                new LoginViewModel.Deps(
                        ctx.loginService(),
                        ctx.profiles(),
                        ctx::vault,
                        ctx.embedded(),
                        ctx.demoPlant(),
                        ctx.tasks(),
                        s.embeddedPort(),
                        m),
                s.lastProfile(),
                s.lastUser(),
                this::showShell);
        LoginView view = new LoginView(login, m, () -> editProfile(true), () -> editProfile(false), this::openSettings);
        setRoot(view.build(), UiMode.parse(s.mode()));
        stage.setTitle(m.get("window.login"));
        login.probeKeychain();
    }

    /** Opens the demo plant as the login view's button would (the start-up probe's path). */
    void tryDemoPlant(Consumer<String> onFailure) {
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
        rollups = new RollupScheduler(
                new RollupRunner(s.database().jdbi()),
                o -> LOG.info("Rollup {}: {} bucket(s), {} rows read", o.job(), o.buckets(), o.rowsRead()));
        rollups.start();
        floorSync = FloorSync.start(
                ctx.paths().dataDir(), s.database().jdbi(), s.person().id(), ctx.clock());
        FloorSync sync = floorSync;
        ShellViewModel vm = new ShellViewModel(
                s,
                features,
                ctx.tasks(),
                ctx.clock(),
                m,
                UiMode.parse(settings.mode()),
                "dark".equals(settings.theme()),
                new DataVersionWatcher(s.database().jdbi()),
                live,
                s.profile().embedded() ? supervisor : null);
        if (kiosk.get() && !display.kioskScreen().isEmpty()) {
            vm.features().stream()
                    .filter(f -> f.id().equals(display.kioskScreen()))
                    .findFirst()
                    .ifPresent(vm.selectedProperty()::set);
        }
        shellVm = vm;
        ReadOnlyObjectWrapper<UiMode> mode =
                new ReadOnlyObjectWrapper<>(vm.modeProperty().get());
        features.forEach(f -> scene.getStylesheets()
                .addAll(f.stylesheets().stream()
                        .filter(css -> !scene.getStylesheets().contains(css))
                        .toList()));
        shell = new ShellView(
                vm,
                m,
                f -> contextFor(f, s, mode, live),
                new ShellView.Actions(
                        this::openSettings,
                        () -> AppDialogs.about(
                                stage,
                                m,
                                ctx.paths(),
                                vm.serverVersionProperty().get(),
                                s.schemaVersion()),
                        this::changePassword,
                        () -> logout(true),
                        kiosk,
                        () -> leaveKiosk(false)));
        shell.syncStatus(
                new SyncStatus(sync, ctx.tasks(), ctx.clock(), m),
                () -> SyncPanel.show(
                        stage,
                        m,
                        new SyncPanelModel(sync, ctx.tasks(), m, ctx.clock().getZone())));
        Parent root = shell.build();
        vm.modeProperty().addListener((o, a, b) -> {
            mode.set(b);
            Theme.applyMode(root, b);
            uiMode.set(b);
            saveSettings(ctx.settings().withMode(b.name().toLowerCase(Locale.ROOT)));
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
        return new FeatureContext(
                s.database().jdbi(),
                s.person(),
                ctx.tasks(),
                ctx.ids(),
                ctx.clock(),
                mode.getReadOnlyProperty(),
                live,
                rollups,
                this::showError,
                ctx.sectionSettings(f.id()),
                f.worksAcrossEnvironments() ? Optional.of(new CrossEnvironment(s.profile(), ctx)) : Optional.empty(),
                Optional.ofNullable(floorSync));
    }

    private void setRoot(Parent root, UiMode mode) {
        Theme.applyMode(root, mode);
        uiMode.set(mode);
        scene.setRoot(root);
    }

    void logout(boolean showLogin) {
        RollupScheduler stopping = rollups;
        if (rollups != null) {
            rollups.close();
            rollups = null;
        }
        if (floorSync != null) {
            floorSync.close(); // on a thread of its own: a delivery in progress ends there
            floorSync = null;
        }
        if (shell != null) {
            shell.dispose();
            shell = null;
            shellVm = null;
        }
        Session s = session;
        session = null;
        if (s != null) {
            ctx.tasks()
                    .run(
                            "logout",
                            () -> {
                                // The pool outlives the rollup run in progress (it ends at its next chunk).
                                if (stopping != null && !stopping.awaitStopped(ROLLUP_GRACE)) {
                                    LOG.info("A rollup was still running at logout; its transaction rolls back");
                                }
                                s.close();
                                return null;
                            },
                            r -> {},
                            e -> LOG.warn("Closing the session failed", e));
        }
        if (showLogin) {
            showLogin();
        }
    }

    private void editProfile(boolean create) {
        var existing = create ? null : login.profileProperty().get();
        ProfileDialog.show(stage, m, existing)
                .ifPresent(result -> ctx.tasks()
                        .run(
                                "save profile",
                                () -> {
                                    switch (result) {
                                        case ProfileDialog.Save save -> {
                                            if (save.replacedName() != null
                                                    && !save.replacedName()
                                                            .equalsIgnoreCase(save.profile()
                                                                    .name())) {
                                                ctx.profiles().delete(save.replacedName());
                                            }
                                            ctx.profiles().save(save.profile());
                                        }
                                        case ProfileDialog.Delete del ->
                                            ctx.profiles().delete(del.name());
                                    }
                                    return result;
                                },
                                r -> login.reloadProfiles(
                                        r instanceof ProfileDialog.Save save
                                                ? save.profile().name()
                                                : ConnectionProfile.DEMO_NAME),
                                this::showError));
    }

    private void openSettings() {
        var screens = ctx.features().stream()
                .map(f -> new AppDialogs.Screen(f.id(), f.title()))
                .toList();
        AppDialogs.settings(stage, m, ctx.settings(), display, screens).ifPresent(r -> {
            AppSettings s = r.settings();
            saveSettings(s);
            Theme.applyBase("dark".equals(s.theme()));
            UiMode mode = UiMode.parse(s.mode());
            if (shellVm != null) {
                shellVm.darkProperty().set("dark".equals(s.theme()));
                shellVm.modeProperty().set(mode);
            } else if (scene.getRoot() != null) {
                Theme.applyMode(scene.getRoot(), mode);
                uiMode.set(mode);
            }
            boolean wasKiosk = kiosk.get();
            saveDisplay(display.withKiosk(
                    wasKiosk || r.display().kiosk(), r.display().kioskScreen()));
            if (!wasKiosk && r.display().kiosk()) {
                kiosk.set(true);
                applyKiosk();
            }
        });
    }

    private void changePassword() {
        Session s = session;
        AppDialogs.changePassword(stage, m)
                .ifPresent(change -> ctx.tasks()
                        .run(
                                "change password",
                                () -> {
                                    try {
                                        ctx.loginService()
                                                .verifyPassword(
                                                        s.profile(), s.person().loginRole(), change.current());
                                    } catch (PlantdeskException e) {
                                        throw e.getCause() instanceof SQLException sql
                                                        && "28P01".equals(sql.getSQLState())
                                                ? new PlantdeskException(
                                                        m.get("password.current.wrong"), m.get("password.unchanged"), e)
                                                : e;
                                    }
                                    new PeopleService(s.database().jdbi(), ctx.ids())
                                            .changeOwnPassword(s.person().loginRole(), change.next());
                                    if (ctx.vault()
                                            .find(s.profile().name(), s.person().loginRole())
                                            .isPresent()) {
                                        ctx.vault()
                                                .remember(
                                                        s.profile().name(),
                                                        s.person().loginRole(),
                                                        change.next());
                                    }
                                    return true;
                                },
                                ok -> info(m.get("password.changed")),
                                this::showError));
    }

    private void saveSettings(AppSettings s) {
        ctx.tasks()
                .run(
                        "save settings",
                        () -> {
                            ctx.saveSettings(s);
                            return s;
                        },
                        r -> {},
                        e -> LOG.warn("Could not save settings", e));
    }

    private void info(String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, DialogButtons.ok()); // JavaFX's own OK is English only
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
