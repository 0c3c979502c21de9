package io.plantdesk.app.shell;

import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.theme.UiMode;
import io.plantdesk.ui.widgets.EnvironmentBadge;
import io.plantdesk.ui.widgets.OfflineBanner;
import io.plantdesk.ui.widgets.StaleMarker;
import io.plantdesk.ui.widgets.TableFit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window: sidebar of screens, the open screen under the offline banner, and the status bar. */
public final class ShellView {

    /**
     * What the shell's buttons do; the application wires these to dialogs.
     *
     * @param kiosk      whether the window runs as a kiosk (then the user menu offers to leave it)
     * @param leaveKiosk asks for an admin's password and leaves the kiosk
     */
    public record Actions(
            Runnable settings,
            Runnable about,
            Runnable changePassword,
            Runnable logout,
            ObservableBooleanValue kiosk,
            Runnable leaveKiosk) {}

    private final ShellViewModel vm;
    private final Messages m;
    private final Function<Feature, FeatureContext> contexts;
    private final Actions actions;
    private final Map<String, FeatureView> opened = new HashMap<>();
    private FeatureView current;
    private final StackPane content = new StackPane();
    private ListView<Feature> list;
    private Timeline poll;
    private Timeline probe;
    private Timeline disk;
    private SyncStatus sync;
    private Runnable openSync;

    public ShellView(ShellViewModel vm, Messages m, Function<Feature, FeatureContext> contexts, Actions actions) {
        this.vm = vm;
        this.m = m;
        this.contexts = contexts;
        this.actions = actions;
    }

    /** The outbox's item in the status bar, and what clicking it opens (the Sync panel); before {@link #build()}. */
    public void syncStatus(SyncStatus status, Runnable openPanel) {
        this.sync = status;
        this.openSync = openPanel;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("shell");
        root.setLeft(sidebar());
        content.getStyleClass().add("shell-content");
        VBox.setVgrow(content, Priority.ALWAYS);
        // Above whichever screen is open: "Shown as of 10:42, offline" while its data cannot be refreshed.
        StaleMarker stale = new StaleMarker(vm.shownAsOfProperty());
        stale.setMaxWidth(Double.MAX_VALUE);
        root.setCenter(new VBox(
                new OfflineBanner(vm.bannerTitleProperty(), vm.bannerDetailProperty()), diskWarning(), stale, content));
        root.setBottom(statusBar());
        vm.selectedProperty().addListener((o, a, f) -> open(f));
        vm.onlineProperty().addListener((o, a, b) -> content.getStyleClass().remove("stale"));
        vm.outageProperty().addListener((o, a, b) -> {
            content.getStyleClass().remove("stale");
            if (b != ShellViewModel.Outage.NONE) {
                content.getStyleClass().add("stale");
            }
        });
        open(vm.selectedProperty().get());
        startPolling();
        vm.modeProperty().addListener((o, a, b) -> {
            startPolling();
            opened.values().forEach(v -> TableFit.refitAll(v.node()));
        });
        vm.loadServerVersion();
        return root;
    }

    /** The open screen's root, for shortcuts that act on it. */
    public Node currentView() {
        return content.getChildren().isEmpty() ? null : content.getChildren().getFirst();
    }

    /** Selects the n-th screen of the sidebar (Ctrl+1 is the first) and moves the focus there. */
    public void selectScreen(int index) {
        if (index >= 0 && index < vm.features().size()) {
            list.getSelectionModel().select(index);
        }
    }

    public boolean hasSyncPanel() {
        return openSync != null;
    }

    /** Opens the Sync panel (Ctrl+Shift+S); false when this session has no outbox. */
    public boolean openSyncPanel() {
        if (openSync == null) {
            return false;
        }
        openSync.run();
        return true;
    }

    public void focusSidebar() {
        list.requestFocus();
    }

    /** Stops the connection poll and disposes every opened screen (at logout). */
    public void dispose() {
        stopPolling();
        opened.values().forEach(FeatureView::dispose);
        opened.clear();
        current = null;
    }

    private void stopPolling() {
        if (poll != null) {
            poll.stop();
        }
        if (probe != null) {
            probe.stop();
        }
        if (disk != null) {
            disk.stop();
        }
    }

    private void startPolling() {
        stopPolling();
        poll = new Timeline(new KeyFrame(Duration.seconds(vm.pollSeconds()), e -> vm.checkConnection()));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
        probe = new Timeline(new KeyFrame(Duration.seconds(vm.probeSeconds()), e -> {
            vm.probe();
            if (sync != null) {
                sync.tick();
            }
        }));
        probe.setCycleCount(Timeline.INDEFINITE);
        probe.play();
        vm.checkDisk();
        disk = new Timeline(new KeyFrame(Duration.seconds(vm.diskSeconds()), e -> vm.checkDisk()));
        disk.setCycleCount(Timeline.INDEFINITE);
        disk.play();
    }

    /** Shows a feature's screen (opened the first time); the one it replaces is told it is hidden. */
    private void open(Feature f) {
        if (current != null) {
            current.hidden();
            current = null;
        }
        if (f == null) {
            content.getChildren().setAll(new Label(m.get("shell.nothing")));
            return;
        }
        FeatureView view = opened.computeIfAbsent(f.id(), id -> {
            FeatureView v = f.open(contexts.apply(f));
            TableFit.installAll(v.node());
            return v;
        });
        content.getChildren().setAll(view.node());
        current = view;
        view.shown();
    }

    private VBox sidebar() {
        Label plant = new Label(vm.session().tenantName());
        plant.setId("plantName");
        plant.getStyleClass().add("plant-name");
        DataText.mark(plant);

        list = new ListView<>(vm.features());
        list.setId("featureList");
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Feature f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    setText(f.title());
                    setGraphic(new FontIcon(f.icon()));
                    setId("feature-" + f.id());
                    int n = getIndex() + 1;
                    setTooltip(n <= 9 ? new Tooltip(m.get("shell.screen.key", f.title(), n)) : null);
                }
            }
        });
        list.getSelectionModel().select(vm.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        VBox.setVgrow(list, Priority.ALWAYS);

        // Labelled, not bare icons: a floor supervisor must see what the buttons do.
        ToggleButton floor = new ToggleButton(m.get("shell.floor"), new FontIcon(Material2MZ.TV));
        floor.setId("floorMode");
        floor.setTooltip(new Tooltip(m.get("shell.floor.tooltip")));
        floor.setSelected(vm.modeProperty().get() == UiMode.FLOOR);
        floor.selectedProperty().addListener((o, a, b) -> vm.modeProperty().set(b ? UiMode.FLOOR : UiMode.DESK));
        vm.modeProperty().addListener((o, a, b) -> floor.setSelected(b == UiMode.FLOOR));
        ToggleButton dark = new ToggleButton(m.get("shell.dark"), new FontIcon(Material2AL.BRIGHTNESS_4));
        dark.setId("darkTheme");
        dark.setTooltip(new Tooltip(m.get("shell.dark.tooltip")));
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        Button settings =
                tool(Material2MZ.SETTINGS, m.get("shell.settings.short"), m.get("shell.settings"), actions.settings());
        settings.setId("openSettings");
        Button about = tool(Material2AL.INFO, m.get("shell.about.short"), m.get("shell.about"), actions.about());
        about.setId("openAbout");
        GridPane tools = new GridPane();
        tools.getStyleClass().add("sidebar-tools");
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setFillWidth(true);
            tools.getColumnConstraints().add(c);
        }
        for (var b : List.of(floor, dark, settings, about)) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        tools.addRow(0, floor, dark);
        tools.addRow(1, settings, about);

        MenuButton me = new MenuButton(vm.session().person().displayName(), new FontIcon(Material2AL.ACCOUNT_CIRCLE));
        me.setId("userMenu");
        DataText.mark(me); // the person's name
        me.setMaxWidth(Double.MAX_VALUE);
        MenuItem pw = new MenuItem(m.get("shell.password"));
        pw.setOnAction(e -> actions.changePassword().run());
        MenuItem keys = new MenuItem(m.get("shell.shortcuts"));
        keys.setOnAction(e -> ShortcutSheet.show(content.getScene().getWindow(), m));
        MenuItem leave = new MenuItem(m.get("kiosk.leave"));
        leave.setId("leaveKiosk");
        leave.visibleProperty().bind(actions.kiosk());
        leave.setOnAction(e -> actions.leaveKiosk().run());
        MenuItem out = new MenuItem(m.get("shell.logout"));
        out.setId("logout");
        out.setOnAction(e -> actions.logout().run());
        me.getItems().addAll(pw, keys, leave, out);

        VBox side = new VBox(plant, list, tools, me);
        side.getStyleClass().add("sidebar");
        return side;
    }

    private static Button tool(Ikon icon, String text, String tip, Runnable r) {
        Button b = new Button(text, new FontIcon(icon));
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> r.run());
        return b;
    }

    /** The embedded database's disk is running low: a band under the offline banner, hidden while there is room. */
    private Label diskWarning() {
        Label l = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
        l.setId("diskWarning");
        l.getStyleClass().add("disk-warning");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(vm.diskWarningProperty());
        l.visibleProperty().bind(vm.diskWarningProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** The gap between the status bar's items, as plantdesk.css sets it (.status-bar .left-items). */
    private static final double STATUS_GAP = 16;

    private StatusBar statusBar() {
        FontIcon dot = new FontIcon(Material2AL.FIBER_MANUAL_RECORD);
        Label conn = new Label();
        conn.setId("connectionStatus");
        conn.setGraphic(dot);
        conn.textProperty().bind(vm.connectionTextProperty());
        Runnable style = () -> {
            conn.getStyleClass().removeAll("status-online", "status-offline");
            conn.getStyleClass().add(vm.onlineProperty().get() ? "status-online" : "status-offline");
        };
        vm.onlineProperty().addListener((o, a, b) -> style.run());
        style.run();

        var person = vm.session().person();
        Label user = new Label(
                m.get(
                        "shell.user",
                        person.displayName(),
                        m.get("role." + person.appRole().dbValue())),
                new FontIcon(Material2AL.ACCOUNT_CIRCLE));
        user.setId("statusUser");
        Label tenant = new Label(vm.session().tenantName(), new FontIcon(Material2AL.BUSINESS));
        tenant.setId("statusTenant");
        DataText.mark(tenant);
        EnvironmentBadge badge = new EnvironmentBadge();
        badge.setId("envBadge");
        var env = vm.session().profile().environment();
        badge.show(env, m.get("env." + env.name().toLowerCase(Locale.ROOT)));
        Label schema = new Label();
        schema.setId("statusVersions");
        schema.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> m.get(
                                "shell.versions",
                                vm.session().schemaVersion(),
                                vm.serverVersionProperty().get()),
                        vm.serverVersionProperty()));
        schema.getStyleClass().add("text-muted");
        // ControlsFX's status bar (the design card's): its own text stays empty, the items carry it all.
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.setText("");
        // Nothing in it acts on keys: Tab passes it by (and the lint's focus check has nothing to see).
        bar.setFocusTraversable(false);
        bar.getLeftItems().add(conn);
        Hyperlink outbox = sync == null ? null : outboxItem();
        if (outbox != null) {
            bar.getLeftItems().add(outbox);
            vm.onlineProperty().addListener((o, a, up) -> {
                if (up) {
                    sync.serverBack();
                } else {
                    sync.serverGone();
                }
            });
        }
        bar.getLeftItems().addAll(user, tenant);
        bar.getRightItems().addAll(schema, badge);
        // Never "..." in the status bar: a label is as wide as its text (those marked status-shrinks may shrink).
        for (Label l : List.of(conn, user, tenant, schema, badge)) {
            if (!l.getStyleClass().contains("status-shrinks")) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        // Too narrow for everything: the versions go first; the badge and the connection never.
        Runnable fit = () -> {
            double need = bar.getInsets().getLeft() + bar.getInsets().getRight() + STATUS_GAP * 5;
            for (Label l : List.of(conn, user, tenant, schema, badge)) {
                need += l.prefWidth(-1);
            }
            if (outbox != null) {
                need += outbox.prefWidth(-1) + STATUS_GAP;
            }
            schema.setVisible(need <= bar.getWidth());
        };
        bar.widthProperty().addListener((o, a, w) -> fit.run());
        conn.textProperty().addListener((o, a, b) -> fit.run());
        if (outbox != null) {
            outbox.textProperty().addListener((o, a, b) -> fit.run());
        }
        schema.textProperty().addListener((o, a, b) -> fit.run());
        schema.managedProperty().bind(schema.visibleProperty());
        return bar;
    }

    /**
     * Pending floor actions and the age of the oldest; in the danger colour while some need a fix.
     * Opens the Sync panel. A hyperlink, not a button: Floor mode's minimum button width comes from
     * the stylesheet and would beat the code's "as wide as its text", cutting the count with "...".
     */
    private Hyperlink outboxItem() {
        Hyperlink b = new Hyperlink();
        b.setId("outboxStatus");
        b.getStyleClass().add("outbox-status");
        b.setGraphic(new FontIcon(Material2AL.CLOUD_UPLOAD));
        b.textProperty().bind(sync.textProperty());
        b.setTooltip(new Tooltip(m.get("sync.open")));
        b.setMinWidth(Region.USE_PREF_SIZE);
        // The one status-bar item that acts: reachable with Tab, opened with Enter or Space (a
        // Hyperlink fires on Space; Enter is added here) and from anywhere with Ctrl+Shift+S (Keys).
        b.setFocusTraversable(true);
        b.setAccessibleRole(AccessibleRole.BUTTON);
        b.accessibleTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> m.get("sync.accessible", sync.textProperty().get()), sync.textProperty()));
        // A filter, consumed before firing: the Sync panel is modal, so firing blocks until it closes, and
        // a handler left to run after it (the control's own key mapping) would open it a second time.
        b.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                b.fire();
            }
        });
        Runnable style = () -> {
            b.getStyleClass().remove("status-offline");
            if (sync.attentionProperty().get()) {
                b.getStyleClass().add("status-offline");
            }
        };
        sync.attentionProperty().addListener((o, a, x) -> style.run());
        b.setOnAction(e -> {
            b.setVisited(false);
            openSync.run();
        });
        sync.tick();
        return b;
    }
}
