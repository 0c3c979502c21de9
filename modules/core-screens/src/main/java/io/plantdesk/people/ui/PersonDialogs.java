package io.plantdesk.people.ui;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.NewPerson;
import io.plantdesk.platform.people.Person;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.i18n.RoleNames;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.FieldChecks;
import io.plantdesk.ui.widgets.Forms;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
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

/**
 * Add person, edit person and reset password. Each checks its input before sending, stays open
 * while the server works, and on a refusal shows the reason and keeps everything typed.
 */
final class PersonDialogs {

    /** Sends the value; calls done to close the dialog, or failed with a message to keep it open. */
    interface Saver<T> {
        void save(T value, Runnable done, Consumer<String> failed);
    }

    private PersonDialogs() {}

    static void add(Window owner, Messages m, Saver<NewPerson> saver) {
        Dialog<Void> d = dialog(owner, m.get("people.add.title"));
        TextField name = text("personName");
        TextField phone = text("personPhone");
        ChoiceBox<AppRole> role = roles(m);
        role.setValue(AppRole.OPERATOR);
        TextField login = text("personLogin");
        PasswordField pw = new PasswordField();
        pw.setId("personPassword");
        PasswordField again = new PasswordField();
        again.setId("personPasswordAgain");
        Label error = error();
        GridPane g = grid();
        g.addRow(0, new Label(m.get("people.name")), name);
        g.addRow(1, new Label(m.get("people.phone")), phone);
        g.addRow(2, new Label(m.get("people.role")), role);
        g.addRow(3, new Label(m.get("people.login")), login);
        g.addRow(4, new Label(m.get("people.password")), pw);
        g.addRow(5, new Label(m.get("people.password.again")), again);
        g.add(error, 0, 6, 2, 1);
        FieldChecks checks = new FieldChecks()
                .add(
                        name,
                        (String v) ->
                                first(new NewPerson(v, null, AppRole.OPERATOR, "ok_login", OK_PASSWORD).problems()))
                .add(
                        phone,
                        (String v) ->
                                first(new NewPerson("x", v, AppRole.OPERATOR, "ok_login", OK_PASSWORD).problems()))
                .add(login, (String v) -> first(NewPerson.loginProblems(v == null ? "" : v.trim())))
                .add(pw, (String v) -> first(NewPerson.passwordProblems(v == null ? new char[0] : v.toCharArray())))
                .add(
                        again,
                        (String v) -> v != null && v.equals(pw.getText())
                                ? Optional.empty()
                                : Optional.of(m.get("password.mismatch")));
        finish(
                d,
                g,
                error,
                checks,
                () -> {
                    NewPerson p = new NewPerson(
                            name.getText(),
                            phone.getText(),
                            role.getValue(),
                            login.getText().trim(),
                            pw.getText().toCharArray());
                    List<String> problems = p.problems();
                    if (problems.isEmpty() && !pw.getText().equals(again.getText())) {
                        problems = List.of(m.get("password.mismatch"));
                    }
                    return new Checked<>(p, problems);
                },
                saver);
    }

    static void edit(Window owner, Messages m, Person p, boolean isMe, Saver<Person> saver) {
        Dialog<Void> d = dialog(owner, m.get("people.edit.title", p.displayName()));
        TextField name = text("personName");
        name.setText(p.displayName());
        TextField phone = text("personPhone");
        phone.setText(p.phone() == null ? "" : p.phone());
        ChoiceBox<AppRole> role = roles(m);
        role.setValue(p.appRole());
        CheckBox active = new CheckBox(m.get("people.active"));
        active.setSelected(p.active());
        active.setDisable(isMe);
        Label error = error();
        GridPane g = grid();
        g.addRow(0, new Label(m.get("people.name")), name);
        g.addRow(1, new Label(m.get("people.phone")), phone);
        g.addRow(2, new Label(m.get("people.role")), role);
        g.addRow(3, new Label(m.get("people.login")), new Label(p.loginRole()));
        g.addRow(4, new Label(""), active);
        g.add(error, 0, 5, 2, 1);
        FieldChecks checks = new FieldChecks()
                .add(
                        name,
                        (String v) ->
                                first(new NewPerson(v, null, AppRole.OPERATOR, "ok_login", OK_PASSWORD).problems()))
                .add(
                        phone,
                        (String v) ->
                                first(new NewPerson("x", v, AppRole.OPERATOR, "ok_login", OK_PASSWORD).problems()));
        finish(
                d,
                g,
                error,
                checks,
                () -> {
                    NewPerson check = new NewPerson(
                            name.getText(),
                            phone.getText(),
                            role.getValue(),
                            p.loginRole(),
                            "xxxxxxxxxxxx".toCharArray());
                    Person edited = new Person(
                            p.tenantId(),
                            p.id(),
                            name.getText(),
                            phone.getText(),
                            role.getValue(),
                            p.loginRole(),
                            active.isSelected(),
                            p.updatedAt(),
                            p.updatedBy(),
                            p.version());
                    return new Checked<>(edited, check.problems());
                },
                saver);
    }

    static void resetPassword(Window owner, Messages m, Person p, Saver<char[]> saver) {
        Dialog<Void> d = dialog(owner, m.get("people.reset.title", p.displayName()));
        PasswordField pw = new PasswordField();
        PasswordField again = new PasswordField();
        Label error = error();
        GridPane g = grid();
        g.addRow(0, new Label(m.get("people.password")), pw);
        g.addRow(1, new Label(m.get("people.password.again")), again);
        g.add(error, 0, 2, 2, 1);
        FieldChecks checks = new FieldChecks()
                .add(pw, (String v) -> first(NewPerson.passwordProblems(v == null ? new char[0] : v.toCharArray())))
                .add(
                        again,
                        (String v) -> v != null && v.equals(pw.getText())
                                ? Optional.empty()
                                : Optional.of(m.get("password.mismatch")));
        finish(
                d,
                g,
                error,
                checks,
                () -> {
                    List<String> problems =
                            NewPerson.passwordProblems(pw.getText().toCharArray());
                    if (problems.isEmpty() && !pw.getText().equals(again.getText())) {
                        problems = List.of(m.get("password.mismatch"));
                    }
                    return new Checked<>(pw.getText().toCharArray(), problems);
                },
                saver);
    }

    private record Checked<T>(T value, List<String> problems) {}

    /** A password that passes, for checking the other fields one at a time. */
    private static final char[] OK_PASSWORD = "xxxxxxxxxxxx".toCharArray();

    private static Optional<String> first(List<String> problems) {
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems.getFirst());
    }

    private static <T> void finish(
            Dialog<Void> d, Node content, Label error, FieldChecks fields, Supplier<Checked<T>> check, Saver<T> saver) {
        d.getDialogPane().setContent(content);
        ButtonType save = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(save, DialogButtons.cancel());
        Node ok = d.getDialogPane().lookupButton(save);
        ok.setId("personSave");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            fields.showAll(); // the fields with a problem turn red
            Checked<T> c = check.get();
            if (!c.problems().isEmpty()) {
                error.setText(String.join("\n", c.problems()));
                grow(d);
                return;
            }
            error.setText("");
            ok.setDisable(true);
            saver.save(
                    c.value(),
                    () -> {
                        d.setResult(null);
                        d.close();
                    },
                    msg -> {
                        ok.setDisable(false);
                        error.setText(msg);
                        grow(d);
                    });
        });
        d.show();
    }

    /** Every line of a message shows: the dialog grows to it instead of cutting it off. */
    private static void grow(Dialog<Void> d) {
        Platform.runLater(() -> {
            if (d.getDialogPane().getScene() != null
                    && d.getDialogPane().getScene().getWindow() != null) {
                d.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    private static Dialog<Void> dialog(Window owner, String title) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        return d;
    }

    private static GridPane grid() {
        GridPane g = Forms.grid();
        return g;
    }

    private static Label error() {
        Label l = new Label();
        l.setId("personError");
        l.getStyleClass().add("field-error");
        l.setMaxWidth(420);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE); // all its lines, never "...."
        return l;
    }

    private static TextField text(String id) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(24);
        return t;
    }

    private static ChoiceBox<AppRole> roles(Messages m) {
        ChoiceBox<AppRole> c = new ChoiceBox<>(FXCollections.observableArrayList(AppRole.values()));
        c.setId("personRole");
        c.setConverter(new RoleNames());
        return c;
    }
}
