package io.plantdesk.app.shell;

import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.AppSettings;
import io.plantdesk.platform.people.NewPerson;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Forms;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** Settings, About and Change password: small dialogs that only collect input and show facts. */
public final class AppDialogs {

    private AppDialogs() {}

    /** A sidebar screen a kiosk can start at. */
    public record Screen(String id, String title) {}

    /** The settings and this computer's display options as the dialog left them. */
    public record SettingsResult(AppSettings settings, DisplayPrefs display) {}

    public static Optional<SettingsResult> settings(
            Window owner, Messages m, AppSettings current, DisplayPrefs display, List<Screen> screens) {
        Dialog<SettingsResult> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("settings.title"));
        d.getDialogPane().setId("settingsDialog");
        // Plant words, not the file's values: "Light" and "Desk", never "light" and "desk".
        ChoiceBox<String> theme = choice(m, "settings.theme.", List.of("light", "dark"), current.theme());
        theme.setId("settingsTheme");
        ChoiceBox<String> mode = choice(m, "settings.mode.", List.of("desk", "floor"), current.mode());
        mode.setId("settingsMode");
        TextField port = new TextField(String.valueOf(current.embeddedPort()));
        port.setId("settingsPort");
        CheckBox kiosk = new CheckBox(m.get("settings.kiosk"));
        kiosk.setId("settingsKiosk");
        kiosk.setSelected(display.kiosk());
        // Turning a running kiosk off goes through the admin's password (user menu), never through here.
        kiosk.setDisable(display.kiosk());
        kiosk.setWrapText(true);
        ChoiceBox<Screen> start = new ChoiceBox<>(FXCollections.observableArrayList(screens));
        start.setId("settingsKioskScreen");
        start.setConverter(new StringConverter<>() {
            @Override
            public String toString(Screen s) {
                return s == null ? "" : s.title();
            }

            @Override
            public Screen fromString(String s) {
                return null;
            }
        });
        start.setValue(screens.stream()
                .filter(s -> s.id().equals(display.kioskScreen()))
                .findFirst()
                .orElse(screens.isEmpty() ? null : screens.getFirst()));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        GridPane g = Forms.grid();
        g.addRow(0, new Label(m.get("settings.theme")), theme);
        g.addRow(1, new Label(m.get("settings.mode")), mode);
        g.add(Forms.hint(m.get("settings.mode.hint")), 1, 2);
        g.addRow(3, new Label(m.get("settings.port")), port);
        g.add(Forms.hint(m.get("settings.port.hint")), 1, 4);
        g.add(kiosk, 1, 5);
        g.addRow(6, new Label(m.get("settings.kiosk.screen")), start);
        g.add(Forms.hint(m.get("settings.kiosk.hint")), 1, 7);
        g.add(error, 0, 8, 2, 1);
        d.getDialogPane().setContent(g);
        ButtonType ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(
                port,
                false,
                Validator.createPredicateValidator((String t) -> validPort(t), m.get("settings.port.invalid")));
        d.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (!validPort(port.getText())) {
                error.setText(m.get("settings.port.invalid"));
                e.consume();
            }
        });
        d.setResultConverter(bt -> bt == ok
                ? new SettingsResult(
                        current.withTheme(theme.getValue())
                                .withMode(mode.getValue())
                                .withEmbeddedPort(
                                        Integer.parseInt(port.getText().trim())),
                        display.withKiosk(
                                kiosk.isSelected(),
                                start.getValue() == null ? "" : start.getValue().id()))
                : null);
        return d.showAndWait();
    }

    static boolean validPort(String text) {
        String t = text == null ? "" : text.trim();
        return t.matches("\\d{4,5}") && Integer.parseInt(t) >= 1024 && Integer.parseInt(t) <= 65535;
    }

    /** A choice among fixed values, each shown under its bundle name ({@code prefix + value}). */
    private static ChoiceBox<String> choice(Messages m, String prefix, List<String> values, String current) {
        ChoiceBox<String> c = new ChoiceBox<>(FXCollections.observableArrayList(values));
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : m.get(prefix + v);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        c.setValue(values.contains(current) ? current : values.getFirst());
        return c;
    }

    public static void about(Window owner, Messages m, AppPaths paths, String serverVersion, String schemaVersion) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(m.get("about.title"));
        a.setHeaderText(m.get("about.header", version()));
        a.getButtonTypes().setAll(DialogButtons.close()); // JavaFX's own OK is English only
        a.setContentText(m.get(
                "about.body",
                System.getProperty("java.version"),
                System.getProperty("javafx.version"),
                serverVersion == null || serverVersion.isEmpty() ? "–" : serverVersion,
                schemaVersion == null ? "–" : schemaVersion,
                paths.configDir(),
                paths.dataDir(),
                paths.logDir()));
        a.getDialogPane().setMinWidth(560);
        a.show();
    }

    public static String version() {
        String v = AppDialogs.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Current password, new password and its confirmation; checked before the dialog closes. */
    public record PasswordChange(char[] current, char[] next) {}

    public static Optional<PasswordChange> changePassword(Window owner, Messages m) {
        Dialog<PasswordChange> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("password.title"));
        PasswordField current = new PasswordField();
        PasswordField next = new PasswordField();
        PasswordField again = new PasswordField();
        Label error = new Label();
        error.getStyleClass().add("field-error");
        GridPane g = Forms.grid();
        g.addRow(0, new Label(m.get("password.current")), current);
        g.addRow(1, new Label(m.get("password.new")), next);
        g.addRow(2, new Label(m.get("password.again")), again);
        g.add(error, 0, 3, 2, 1);
        d.getDialogPane().setContent(g);
        ButtonType ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        d.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            var problems = NewPerson.passwordProblems(next.getText().toCharArray());
            if (current.getText().isEmpty()) {
                error.setText(m.get("password.current.missing"));
                e.consume();
            } else if (!problems.isEmpty()) {
                error.setText(problems.getFirst());
                e.consume();
            } else if (!next.getText().equals(again.getText())) {
                error.setText(m.get("password.mismatch"));
                e.consume();
            }
        });
        d.setResultConverter(bt -> bt == ok
                ? new PasswordChange(
                        current.getText().toCharArray(), next.getText().toCharArray())
                : null);
        return d.showAndWait();
    }
}
