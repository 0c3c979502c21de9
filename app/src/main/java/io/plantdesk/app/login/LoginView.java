package io.plantdesk.app.login;

import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.i18n.RoleNames;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The login screen: brand panel on the left, the login card on the right. Binds; holds no logic. */
public final class LoginView {

    private final LoginViewModel vm;
    private final Messages m;
    private final Runnable onNewProfile;
    private final Runnable onEditProfile;
    private final Runnable onSettings;

    public LoginView(
            LoginViewModel vm, Messages m, Runnable onNewProfile, Runnable onEditProfile, Runnable onSettings) {
        this.vm = vm;
        this.m = m;
        this.onNewProfile = onNewProfile;
        this.onEditProfile = onEditProfile;
        this.onSettings = onSettings;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("login-root");
        root.setLeft(brand());
        StackPane center = new StackPane(card());
        center.setPadding(new Insets(24));
        root.setCenter(center);
        return root;
    }

    private VBox brand() {
        Label title = new Label(m.get("app.name"));
        title.getStyleClass().add("brand-title");
        var logo = LoginView.class.getResourceAsStream("/io/plantdesk/app/icon-64.png");
        if (logo != null) { // the installers' icon, so the window and the desktop's launcher look alike
            ImageView view = new ImageView(new Image(logo, 56, 56, true, true));
            title.setGraphic(view);
            title.setGraphicTextGap(14);
        }
        Label tagline = new Label(m.get("login.tagline"));
        tagline.getStyleClass().add("brand-tagline");
        tagline.setMaxWidth(300);
        VBox points = new VBox(
                14,
                point(Material2MZ.SETTINGS, m.get("login.point.maintenance")),
                point(Material2AL.CONTENT_CUT, m.get("login.point.sewing")),
                point(Material2AL.DIRECTIONS_CAR, m.get("login.point.fleet")),
                point(Material2AL.HISTORY, m.get("login.point.migrations")));
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        VBox brand = new VBox(20, title, tagline, new Region(), points, spacer);
        brand.getStyleClass().add("login-brand");
        return brand;
    }

    private Label point(Ikon icon, String text) {
        Label l = new Label(text, new FontIcon(icon));
        l.getStyleClass().add("brand-point");
        l.setGraphicTextGap(10);
        return l;
    }

    private VBox card() {
        Label title = new Label(m.get("login.title"));
        title.getStyleClass().add("card-title");

        ComboBox<ConnectionProfile> profiles = new ComboBox<>(vm.profiles());
        profiles.setId("profile");
        profiles.valueProperty().bindBidirectional(vm.profileProperty());
        profiles.setMaxWidth(Double.MAX_VALUE);
        profiles.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConnectionProfile p) {
                return p == null
                        ? ""
                        : p.embedded()
                                ? m.get("login.profile.demo")
                                : p.name() + "  ("
                                        + m.get("environment."
                                                + p.environment().name().toLowerCase(Locale.ROOT)) + ")";
            }

            @Override
            public ConnectionProfile fromString(String s) {
                return null;
            }
        });
        profiles.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ConnectionProfile p, boolean empty) {
                super.updateItem(p, empty);
                setText(
                        empty || p == null
                                ? null
                                : profiles.getConverter().toString(p)
                                        + (p.embedded()
                                                ? ""
                                                : "  ·  " + p.host() + ":" + p.port() + "/" + p.database()));
            }
        });
        HBox.setHgrow(profiles, Priority.ALWAYS);
        Button newProfile = iconButton(Material2AL.ADD, m.get("login.profile.new"), onNewProfile);
        newProfile.setId("newProfile");
        Button editProfile = iconButton(Material2AL.EDIT, m.get("login.profile.edit"), onEditProfile);
        editProfile
                .disableProperty()
                .bind(vm.profileProperty()
                        .isNull()
                        .or(Bindings.createBooleanBinding(
                                () -> vm.profileProperty().get() != null
                                        && vm.profileProperty().get().embedded(),
                                vm.profileProperty())));
        HBox profileRow = new HBox(6, profiles, newProfile, editProfile);

        TextField user = new TextField();
        user.setId("user");
        user.setPromptText(m.get("login.user.prompt"));
        user.textProperty().bindBidirectional(vm.userProperty());
        user.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.fillRememberedPassword();
            }
        });
        PasswordField password = new PasswordField();
        password.setId("password");
        password.setPromptText(m.get("login.password.prompt"));
        password.textProperty().bindBidirectional(vm.passwordProperty());

        CheckBox remember = new CheckBox(m.get("login.remember"));
        remember.setId("remember");
        remember.selectedProperty().bindBidirectional(vm.rememberProperty());
        remember.disableProperty().bind(vm.canRememberProperty().not());
        Tooltip.install(remember, new Tooltip(m.get("login.remember.tooltip")));

        Button login = new Button(m.get("login.button"));
        login.setId("login");
        login.setDefaultButton(true);
        login.getStyleClass().add("accent");
        login.setMaxWidth(Double.MAX_VALUE);
        login.disableProperty().bind(vm.busyProperty());
        login.setOnAction(e -> vm.login());
        password.setOnAction(e -> vm.login());

        Label message = new Label();
        message.setId("loginMessage");
        message.setMinHeight(Region.USE_PREF_SIZE); // every line of the sentence, never "..."
        message.getStyleClass().add("login-message");
        message.textProperty().bind(vm.messageProperty());
        HBox messageBox = new HBox(message);
        messageBox.getStyleClass().add("login-message-box");
        messageBox.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        messageBox.managedProperty().bind(messageBox.visibleProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        Label status = new Label();
        status.setId("loginStatus");
        status.textProperty().bind(vm.statusProperty());
        HBox busy = new HBox(8, spinner, status);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        Label or = new Label(m.get("login.or"));
        or.getStyleClass().add("text-muted");
        HBox orRow = new HBox(8, grow(new Separator()), or, grow(new Separator()));
        orRow.setAlignment(Pos.CENTER);

        ChoiceBox<AppRole> role = new ChoiceBox<>(FXCollections.observableArrayList(AppRole.values()));
        role.setId("demoRole");
        role.valueProperty().bindBidirectional(vm.demoRoleProperty());
        role.setConverter(new RoleNames());
        Button demo = new Button(m.get("login.demo"), new FontIcon(Material2MZ.PLAY_CIRCLE_OUTLINE));
        demo.setId("tryDemo");
        demo.disableProperty().bind(vm.busyProperty());
        demo.setOnAction(e -> vm.tryDemo());
        demo.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(demo, Priority.ALWAYS);
        demo.setMinWidth(Region.USE_PREF_SIZE);
        Label as = new Label(m.get("login.demo.as"));
        as.setMinWidth(Region.USE_PREF_SIZE);
        role.setMinWidth(Region.USE_PREF_SIZE);
        HBox demoRow = new HBox(8, demo, as, role);
        demoRow.setAlignment(Pos.CENTER_LEFT);

        Button settings = new Button(m.get("login.settings"), new FontIcon(Material2MZ.SETTINGS));
        settings.setId("loginSettings");
        settings.getStyleClass().add("flat");
        settings.setOnAction(e -> onSettings.run());
        HBox footer = new HBox(settings);
        footer.getStyleClass().add("login-footer");

        VBox card = new VBox(
                title,
                label(m.get("login.profile")),
                profileRow,
                label(m.get("login.user")),
                user,
                label(m.get("login.password")),
                password,
                remember,
                messageBox,
                busy,
                login,
                orRow,
                demoRow,
                footer);
        card.getStyleClass().add("login-card");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        // People type their name first; the connection list rarely changes.
        user.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(() -> (user.getText().isBlank() ? user : password).requestFocus());
            }
        });
        return card;
    }

    private static Region grow(Region r) {
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static Button iconButton(Ikon icon, String tooltip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
