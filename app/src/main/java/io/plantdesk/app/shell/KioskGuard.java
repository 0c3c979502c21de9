package io.plantdesk.app.shell;

import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Forms;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Asks for an admin's login and password before a kiosk may be left (or closed). The check itself
 * is a real login against the plant's server, done by the caller off the FX thread.
 */
public final class KioskGuard {

    /** What the person typed; the password array is cleared by whoever checks it. */
    public record AdminLogin(String user, char[] password) {}

    private KioskGuard() {}

    public static Optional<AdminLogin> ask(Window owner, Messages m, String problem) {
        Dialog<AdminLogin> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("kiosk.leave.title"));
        d.getDialogPane().setId("kioskGuard");
        Label intro = new Label(m.get("kiosk.leave.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(420);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        TextField user = new TextField();
        user.setId("kioskUser");
        PasswordField password = new PasswordField();
        password.setId("kioskPassword");
        Label error = new Label(problem == null ? "" : problem);
        error.setId("kioskError");
        error.getStyleClass().add("field-error");
        error.setMaxWidth(420);
        error.setMinHeight(Region.USE_PREF_SIZE);
        GridPane g = Forms.grid();
        g.add(intro, 0, 0, 2, 1);
        g.addRow(1, new Label(m.get("kiosk.leave.user")), user);
        g.addRow(2, new Label(m.get("kiosk.leave.password")), password);
        g.add(error, 0, 3, 2, 1);
        d.getDialogPane().setContent(g);
        ButtonType leave = new ButtonType(m.get("kiosk.leave.button"), ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(leave, DialogButtons.cancel());
        d.getDialogPane().lookupButton(leave).addEventFilter(ActionEvent.ACTION, e -> {
            if (user.getText().isBlank() || password.getText().isEmpty()) {
                error.setText(m.get("kiosk.leave.missing"));
                e.consume();
            }
        });
        d.setResultConverter(bt -> bt == leave
                ? new AdminLogin(user.getText().trim(), password.getText().toCharArray())
                : null);
        d.setOnShown(e -> Platform.runLater(user::requestFocus));
        return d.showAndWait();
    }
}
