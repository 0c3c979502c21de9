package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** An admin adds a person: the form checks before sending and keeps its values on a refusal. */
class PeopleFxTest extends AppFxTestBase {

    @Start
    void start(Stage stage) {
        showLogin(stage);
    }

    @Test
    void anAdminAddsAPersonAfterFixingWhatTheFormAndTheDatabaseRefused(FxRobot robot) throws Exception {
        openDemo(robot);
        openFeature(robot, "people");
        FxAppFixture.waitUntil(() -> robot.lookup("#peopleTable")
                .tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty())
                .orElse(false));
        int before =
                robot.lookup("#peopleTable").queryAs(TableView.class).getItems().size();

        robot.clickOn("#addPerson");
        FxAppFixture.waitUntil(() -> robot.lookup("#personName").tryQuery().isPresent());
        robot.clickOn("#personName").write("Moni Akter");
        robot.clickOn("#personLogin").write("demo_operator");
        robot.clickOn("#personPassword").write("short");
        robot.clickOn("#personPasswordAgain").write("short");
        robot.clickOn("#personSave");
        Label error = robot.lookup("#personError").queryAs(Label.class);
        assertThat(error.getText()).contains("at least 10 characters");
        // The field with the problem turns red (ControlsFX validation); the others do not.
        FxAppFixture.waitUntil(
                () -> robot.lookup("#personPassword").query().getStyleClass().contains("field-invalid"));
        assertThat(robot.lookup("#personName").query().getStyleClass()).doesNotContain("field-invalid");
        // The whole message shows, never cut off with "...".
        assertThat(robot.lookup("#personError").queryAs(Label.class).getHeight())
                .isGreaterThanOrEqualTo(
                        robot.lookup("#personError").queryAs(Label.class).prefHeight(420) - 0.5);

        // Valid for the form, refused by the database: the login exists already.
        robot.doubleClickOn("#personPassword").eraseText(5).write("long-enough-1");
        robot.doubleClickOn("#personPasswordAgain").eraseText(5).write("long-enough-1");
        robot.clickOn("#personSave");
        FxAppFixture.waitUntil(() -> error.getText().contains("already taken"));
        assertThat(robot.lookup("#personName").queryAs(TextField.class).getText())
                .isEqualTo("Moni Akter");

        TextField login = robot.lookup("#personLogin").queryAs(TextField.class);
        robot.interact(() -> login.setText("moni.akter"));
        robot.clickOn("#personSave");
        FxAppFixture.waitUntil(() -> robot.lookup("#personName").tryQuery().isEmpty());
        FxAppFixture.waitUntil(() ->
                robot.lookup("#peopleTable").queryAs(TableView.class).getItems().size() == before + 1);
        assertThat(robot.lookup("#peopleRange").queryAs(Label.class).getText()).endsWith("of " + (before + 1));

        // A save is confirmed in the corner, and an edit keeps its row selected after the reload.
        FxAppFixture.waitUntil(
                () -> robot.lookup(".notification-bar").tryQuery().isPresent()
                        || robot.lookup(".plantdesk-confirm").tryQuery().isPresent());
        TableView<io.plantdesk.platform.people.Person> people =
                robot.lookup("#peopleTable").queryAs(TableView.class);
        var moni = people.getItems().stream()
                .filter(p -> p.loginRole().equals("moni.akter"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> people.getSelectionModel().select(moni));
        robot.clickOn("#editPerson");
        FxAppFixture.waitUntil(() -> robot.lookup("#personName").tryQuery().isPresent());
        robot.doubleClickOn("#personPhone").write("+880 1711 000199");
        robot.clickOn("#personSave");
        FxAppFixture.waitUntil(() -> robot.lookup("#personName").tryQuery().isEmpty());
        FxAppFixture.waitUntil(() -> people.getItems().stream().anyMatch(p -> "+880 1711 000199".equals(p.phone())));
        FxAppFixture.waitUntil(() -> people.getSelectionModel().getSelectedItem() != null);
        assertThat(people.getSelectionModel().getSelectedItem().loginRole()).isEqualTo("moni.akter");

        // "Last change" names people, never login roles such as postgres or demo_admin.
        TableView<?> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        var lastChange = table.getColumns().getLast();
        java.util.List<String> changes = java.util.stream.IntStream.range(
                        0, table.getItems().size())
                .mapToObj(i -> String.valueOf(lastChange.getCellData(i)))
                .toList();
        assertThat(changes).anyMatch(c -> c.endsWith("· Amina Rahman"));
        assertThat(changes).noneMatch(c -> c.contains("postgres") || c.contains("demo_"));
    }

    @Test
    void ctrlFSearchesInSqlEscapeClearsAndTheHeaderFiltersByRoleAndStatus(FxRobot robot) throws Exception {
        openDemo(robot);
        openFeature(robot, "people");
        TableView<io.plantdesk.platform.people.Person> people =
                robot.lookup("#peopleTable").queryAs(TableView.class);
        FxAppFixture.waitUntil(() -> !people.getItems().isEmpty());
        int all = people.getItems().size();
        Label range = robot.lookup("#peopleRange").queryAs(Label.class);

        // Ctrl+F lands in the search field wherever the focus was; typing searches name, login and phone.
        robot.clickOn(people);
        robot.press(javafx.scene.input.KeyCode.CONTROL)
                .press(javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.CONTROL);
        TextField search = robot.lookup("#peopleSearch").queryAs(TextField.class);
        FxAppFixture.waitUntil(search::isFocused);
        robot.write("farzana");
        FxAppFixture.waitUntil(() -> people.getItems().size() == 1);
        assertThat(people.getItems().getFirst().displayName()).isEqualTo("Farzana Begum");
        assertThat(range.getText()).endsWith("of 1");

        // LIKE's own characters are literal: "%" matches no one, and the table says so instead of "No people yet".
        robot.interact(() -> search.setText("%"));
        FxAppFixture.waitUntil(() -> people.getItems().isEmpty());
        assertThat(people.isVisible()).isTrue();
        assertThat(((Label) people.getPlaceholder()).getText()).contains("No one matches");

        // Escape clears the search and the whole list comes back.
        robot.clickOn(search).type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(search.getText()).isEmpty();
        FxAppFixture.waitUntil(() -> people.getItems().size() == all);

        // The Role header filters in SQL: every row and the total are operators.
        pick(robot, "#peopleRoleFilter", "Operator");
        FxAppFixture.waitUntil(() -> !people.getItems().isEmpty()
                && people.getItems().stream()
                        .allMatch(p -> p.appRole() == io.plantdesk.platform.people.AppRole.OPERATOR));
        assertThat(range.getText()).endsWith("of " + people.getItems().size());
        assertThat(robot.lookup("#peopleRoleFilter")
                        .queryAs(javafx.scene.control.MenuButton.class)
                        .getText())
                .isEqualTo("Role: Operator");
        pick(robot, "#peopleStatusFilter", "Deactivated");
        FxAppFixture.waitUntil(() -> people.getItems().isEmpty());
        pick(robot, "#peopleStatusFilter", "Active and deactivated");
        pick(robot, "#peopleRoleFilter", "All roles");
        FxAppFixture.waitUntil(() -> people.getItems().size() == all);
    }

    /**
     * Chooses a header filter's entry. By the menu's own items, not a lookup by text: the table's
     * cells show the same words ("Operator"), and a text lookup may hit a cell instead of the menu.
     */
    private static void pick(FxRobot robot, String menu, String item) {
        javafx.scene.control.MenuButton button = robot.lookup(menu).queryAs(javafx.scene.control.MenuButton.class);
        robot.interact(() -> button.getItems().stream()
                .filter(i -> item.equals(i.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(menu + " has no entry " + item))
                .fire());
    }
}
