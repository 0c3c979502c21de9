package io.plantdesk.app.login;

import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.SslMode;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Forms;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Creates or edits a connection profile. Checked before it closes; the typed values stay when a
 * check fails. The result says what to do: save this profile, or delete the one edited.
 */
public final class ProfileDialog {

    public sealed interface Result permits Save, Delete {}

    public record Save(ConnectionProfile profile, String replacedName) implements Result {}

    public record Delete(String name) implements Result {}

    private ProfileDialog() {}

    public static Optional<Result> show(Window owner, Messages m, ConnectionProfile existing) {
        Dialog<Result> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(existing == null ? m.get("profile.new.title") : m.get("profile.edit.title"));
        d.setHeaderText(m.get("profile.header"));
        TextField name = field("profileName", existing == null ? "" : existing.name());
        TextField host = field("profileHost", existing == null ? "" : existing.host());
        TextField port = field("profilePort", existing == null ? "5432" : String.valueOf(existing.port()));
        TextField db = field("profileDatabase", existing == null ? "plantdesk" : existing.database());
        TextField user = field("profileUser", existing == null ? "" : existing.user());
        ChoiceBox<SslMode> ssl = new ChoiceBox<>(FXCollections.observableArrayList(SslMode.values()));
        ssl.setId("profileSsl");
        ssl.setConverter(words(m, "ssl."));
        ssl.setValue(existing == null ? SslMode.VERIFY_FULL : existing.sslMode());
        ChoiceBox<Environment> env = new ChoiceBox<>(FXCollections.observableArrayList(Environment.values()));
        env.setId("profileEnvironment");
        env.setConverter(words(m, "environment."));
        env.setValue(existing == null ? Environment.DEV : existing.environment());
        host.textProperty().addListener((o, a, b) -> {
            if (existing == null) {
                ssl.setValue(SslMode.defaultFor(b));
            }
        });
        Label error = new Label();
        error.setId("profileError");
        error.getStyleClass().add("field-error");

        GridPane g = Forms.grid();
        int r = 0;
        g.addRow(r++, new Label(m.get("profile.name")), name);
        g.addRow(r++, new Label(m.get("profile.host")), host);
        g.addRow(r++, new Label(m.get("profile.port")), port);
        g.addRow(r++, new Label(m.get("profile.database")), db);
        g.addRow(r++, new Label(m.get("profile.user")), user);
        g.addRow(r++, new Label(m.get("profile.ssl")), ssl);
        g.addRow(r++, new Label(m.get("profile.environment")), env);
        g.add(error, 0, r, 2, 1);
        d.getDialogPane().setContent(g);

        ButtonType save = new ButtonType(m.get("profile.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, DialogButtons.cancel());
        ButtonType delete = new ButtonType(m.get("profile.delete"), ButtonBar.ButtonData.LEFT);
        if (existing != null) {
            d.getDialogPane().getButtonTypes().add(delete);
        }
        d.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            String problem =
                    ConnectionProfile.problemWith(name.getText(), host.getText(), port.getText(), db.getText());
            if (problem != null) {
                error.setText(problem);
                e.consume();
            }
        });
        d.setResultConverter(bt -> {
            if (bt == save) {
                return new Save(
                        new ConnectionProfile(
                                name.getText().trim(),
                                host.getText().trim(),
                                Integer.parseInt(port.getText().trim()),
                                db.getText().trim(),
                                user.getText().trim(),
                                ssl.getValue(),
                                env.getValue(),
                                false),
                        existing == null ? null : existing.name());
            }
            if (bt == delete) {
                return new Delete(existing.name());
            }
            return null;
        });
        return d.showAndWait();
    }

    private static TextField field(String id, String value) {
        TextField t = new TextField(value);
        t.setId(id);
        t.setPrefColumnCount(24);
        return t;
    }

    /** Shows an enum value as words from the bundle ({@code prefix} + lower-case name), never VERIFY_FULL. */
    static <E extends Enum<E>> StringConverter<E> words(Messages m, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : m.get(prefix + e.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }
}
