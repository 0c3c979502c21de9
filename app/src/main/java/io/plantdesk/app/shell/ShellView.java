package io.plantdesk.app.shell;

import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.theme.UiMode;
import io.plantdesk.ui.widgets.EnvironmentBadge;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window: sidebar of screens, the open screen, and the status bar. */
public final class ShellView {

    /** What the shell's buttons do; the application wires these to dialogs. */
    public record Actions(Runnable settings, Runnable about, Runnable changePassword, Runnable logout) {
    }

    private final ShellViewModel vm;
    private final Messages m;
    private final Function<Feature, FeatureContext> contexts;
    private final Actions actions;
    private final Map<String, FeatureView> opened = new HashMap<>();
    private FeatureView current;
    private final StackPane content = new StackPane();
    private Timeline poll;

    public ShellView(ShellViewModel vm, Messages m, Function<Feature, FeatureContext> contexts, Actions actions) {
        this.vm = vm;
        this.m = m;
        this.contexts = contexts;
        this.actions = actions;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("shell");
        root.setLeft(sidebar());
        content.getStyleClass().add("shell-content");
        root.setCenter(content);
        root.setBottom(statusBar());
        vm.selectedProperty().addListener((o, a, f) -> open(f));
        open(vm.selectedProperty().get());
        startPolling();
        vm.modeProperty().addListener((o, a, b) -> startPolling());
        vm.loadServerVersion();
        return root;
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
    }

    private void startPolling() {
        stopPolling();
        poll = new Timeline(new KeyFrame(Duration.seconds(vm.pollSeconds()), e -> vm.checkConnection()));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
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
        FeatureView view = opened.computeIfAbsent(f.id(), id -> f.open(contexts.apply(f)));
        content.getChildren().setAll(view.node());
        current = view;
        view.shown();
    }

    private VBox sidebar() {
        Label plant = new Label(vm.session().tenantName());
        plant.setId("plantName");
        plant.getStyleClass().add("plant-name");

        ListView<Feature> list = new ListView<>(vm.features());
        list.setId("featureList");
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Feature f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(f.title());
                    setGraphic(new FontIcon(f.icon()));
                    setId("feature-" + f.id());
                }
            }
        });
        list.getSelectionModel().select(vm.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        ToggleButton floor = new ToggleButton(null, new FontIcon(Material2MZ.TV));
        floor.setId("floorMode");
        floor.setTooltip(new Tooltip(m.get("shell.floor.tooltip")));
        floor.setSelected(vm.modeProperty().get() == UiMode.FLOOR);
        floor.selectedProperty().addListener((o, a, b) -> vm.modeProperty().set(b ? UiMode.FLOOR : UiMode.DESK));
        ToggleButton dark = new ToggleButton(null, new FontIcon(Material2AL.BRIGHTNESS_4));
        dark.setId("darkTheme");
        dark.setTooltip(new Tooltip(m.get("shell.dark.tooltip")));
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        Button settings = tool(Material2MZ.SETTINGS, m.get("shell.settings"), actions.settings());
        Button about = tool(Material2AL.INFO, m.get("shell.about"), actions.about());
        HBox tools = new HBox(floor, dark, settings, about);
        tools.getStyleClass().add("sidebar-tools");

        MenuButton me = new MenuButton(vm.session().person().displayName(), new FontIcon(Material2AL.ACCOUNT_CIRCLE));
        me.setId("userMenu");
        me.setMaxWidth(Double.MAX_VALUE);
        MenuItem pw = new MenuItem(m.get("shell.password"));
        pw.setOnAction(e -> actions.changePassword().run());
        MenuItem out = new MenuItem(m.get("shell.logout"));
        out.setId("logout");
        out.setOnAction(e -> actions.logout().run());
        me.getItems().addAll(pw, out);

        VBox side = new VBox(plant, list, tools, me);
        side.getStyleClass().add("sidebar");
        return side;
    }

    private static Button tool(org.kordamp.ikonli.Ikon icon, String tip, Runnable r) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> r.run());
        return b;
    }

    private HBox statusBar() {
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
        Label user = new Label(person.displayName() + " (" + person.loginRole() + ", "
                + m.get("role." + person.appRole().dbValue()) + ")", new FontIcon(Material2AL.ACCOUNT_CIRCLE));
        user.setId("statusUser");
        Label tenant = new Label(vm.session().tenantName(), new FontIcon(Material2AL.BUSINESS));
        tenant.setId("statusTenant");
        EnvironmentBadge badge = new EnvironmentBadge();
        badge.setId("envBadge");
        badge.show(vm.session().profile().environment());
        Label schema = new Label();
        schema.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> m.get("shell.versions",
                vm.session().schemaVersion(), vm.serverVersionProperty().get()), vm.serverVersionProperty()));
        schema.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(conn, user, tenant, spacer, schema, badge);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
