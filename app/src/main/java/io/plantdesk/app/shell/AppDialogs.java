package io.plantdesk.app.shell;

import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.AppSettings;
import io.plantdesk.platform.people.NewPerson;
import io.plantdesk.ui.i18n.Messages;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import io.plantdesk.ui.widgets.Forms;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Settings, About and Change password: small dialogs that only collect input and show facts. */
public final class AppDialogs {

    private AppDialogs() {
    }

    public static Optional<AppSettings> settings(Window owner, Messages m, AppSettings current) {
        Dialog<AppSettings> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("settings.title"));
        ChoiceBox<String> theme = new ChoiceBox<>(FXCollections.observableArrayList("light", "dark"));
        theme.setValue(current.theme());
        ChoiceBox<String> mode = new ChoiceBox<>(FXCollections.observableArrayList("desk", "floor"));
        mode.setValue(current.mode());
        TextField port = new TextField(String.valueOf(current.embeddedPort()));
        port.setId("settingsPort");
        Label error = new Label();
        error.getStyleClass().add("field-error");
        GridPane g = Forms.grid();
        g.addRow(0, new Label(m.get("settings.theme")), theme);
        g.addRow(1, new Label(m.get("settings.mode")), mode);
        g.addRow(2, new Label(m.get("settings.port")), port);
        g.add(Forms.hint(m.get("settings.port.hint")), 1, 3);
        g.add(error, 0, 4, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (!port.getText().trim().matches("\\d{4,5}") || Integer.parseInt(port.getText().trim()) > 65535
                    || Integer.parseInt(port.getText().trim()) < 1024) {
                error.setText(m.get("settings.port.invalid"));
                e.consume();
            }
        });
        d.setResultConverter(bt -> bt == ButtonType.OK
                ? current.withTheme(theme.getValue()).withMode(mode.getValue()).withEmbeddedPort(Integer.parseInt(port.getText().trim()))
                : null);
        return d.showAndWait();
    }

    public static void about(Window owner, Messages m, AppPaths paths, String serverVersion, String schemaVersion) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(m.get("about.title"));
        a.setHeaderText("Plantdesk " + version());
        a.setContentText(m.get("about.body", System.getProperty("java.version"), System.getProperty("javafx.version"),
                serverVersion == null || serverVersion.isEmpty() ? "–" : serverVersion,
                schemaVersion == null ? "–" : schemaVersion,
                paths.configDir(), paths.dataDir(), paths.logDir()));
        a.getDialogPane().setMinWidth(560);
        a.show();
    }

    public static String version() {
        String v = AppDialogs.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Current password, new password and its confirmation; checked before the dialog closes. */
    public record PasswordChange(char[] current, char[] next) {
    }

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
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
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
        d.setResultConverter(bt -> bt == ButtonType.OK
                ? new PasswordChange(current.getText().toCharArray(), next.getText().toCharArray()) : null);
        return d.showAndWait();
    }
}
