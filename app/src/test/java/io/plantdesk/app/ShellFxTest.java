package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.ui.feature.Feature;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shell as its users meet it: Floor mode everywhere, the keyboard, the status bar. */
class ShellFxTest extends AppFxTestBase {

    @Start
    void start(Stage stage) {
        showLogin(stage);
    }

    @Test
    void theLoginStartsWithTheCursorInTheUserName(FxRobot robot) throws Exception {
        FxAppFixture.waitUntil(() -> {
            Node focus = robot.lookup("#user").query().getScene().getFocusOwner();
            return focus != null && "user".equals(focus.getId());
        });
        // The connection drop-down opens on Space, not only on Alt+Down.
        javafx.scene.control.ComboBox<?> profiles =
                robot.lookup("#profile").queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn("#user");
        robot.interact(profiles::requestFocus);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        FxAppFixture.waitUntil(profiles::isShowing);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void floorModeMakesTheSidebarMenusAndDialogsBigAndTheTogglesSayWhatTheyDo(FxRobot robot) throws Exception {
        openDemo(robot);
        ToggleButton floor = robot.lookup("#floorMode").queryAs(ToggleButton.class);
        assertThat(floor.getText()).isEqualTo("Floor");
        assertThat(robot.lookup("#darkTheme").queryAs(ToggleButton.class).getText())
                .isEqualTo("Dark");
        robot.clickOn("#floorMode");
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#floorMode", "#darkTheme", "#openSettings", "#openAbout", "#userMenu")) {
            assertThat(robot.lookup(id).queryAs(Control.class).getHeight())
                    .as(id)
                    .isGreaterThanOrEqualTo(48);
        }

        robot.clickOn("#userMenu");
        WaitForAsyncUtils.waitForFxEvents();
        var items = robot.lookup(".menu-item").queryAll().stream()
                .filter(Node::isVisible)
                .toList();
        assertThat(items).isNotEmpty();
        items.forEach(
                i -> assertThat(i.getBoundsInLocal().getHeight()).as("menu row").isGreaterThanOrEqualTo(48));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        robot.clickOn("#openSettings");
        FxAppFixture.waitUntil(() -> robot.lookup("#settingsDialog").tryQuery().isPresent());
        Node dialog = robot.lookup("#settingsDialog").query();
        // ControlsFX's validation may wrap the dialog's root in its decoration pane: look up the chain.
        boolean floorStyled = false;
        for (Node n = dialog; n != null; n = n.getParent()) {
            floorStyled |= n.getStyleClass().contains("mode-floor");
        }
        assertThat(floorStyled).as("the dialog has the Floor style").isTrue();
        List<Control> controls = robot
                .from(dialog)
                .lookup((java.util.function.Predicate<Node>) n -> n instanceof Control c
                        && c.isVisible()
                        && (c.isFocusTraversable() || c instanceof ChoiceBox<?>))
                .queryAll()
                .stream()
                .map(Control.class::cast)
                .toList();
        assertThat(controls).hasSizeGreaterThan(4);
        controls.forEach(c -> assertThat(c.getHeight()).as(c.toString()).isGreaterThanOrEqualTo(48));
        assertThat(robot.lookup("#settingsTheme")
                        .queryAs(ChoiceBox.class)
                        .getConverter()
                        .toString("light"))
                .isEqualTo("Light");
        assertThat(((Labeled) robot.lookup("#settingsMode").lookup(".label").query()).getText())
                .startsWith("Floor");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        FxAppFixture.waitUntil(() -> robot.lookup("#settingsDialog").tryQuery().isEmpty());
        robot.clickOn("#floorMode");
    }

    @Test
    void theStatusBarShowsTheEnvironmentAndConnectionInFullAtFloorSize(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.clickOn("#floorMode");
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#envBadge", "#connectionStatus", "#statusUser", "#statusTenant")) {
            Label l = robot.lookup(id).queryAs(Label.class);
            assertThat(l.getWidth()).as(id).isGreaterThanOrEqualTo(l.prefWidth(-1) - 0.5);
        }
        assertThat(robot.lookup("#envBadge").queryAs(Label.class).getText()).isEqualTo("DEV");
        robot.clickOn("#floorMode");
    }

    @Test
    void ctrlDigitsOpenScreensF1ShowsTheKeysAndCtrlKFindsAScreenByName(FxRobot robot) throws Exception {
        openDemo(robot);
        @SuppressWarnings("unchecked")
        ListView<Feature> list = robot.lookup("#featureList").queryAs(ListView.class);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        FxAppFixture.waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        FxAppFixture.waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 0);

        robot.press(KeyCode.F1).release(KeyCode.F1);
        FxAppFixture.waitUntil(() -> robot.lookup("#shortcutSheet").tryQuery().isPresent());
        assertThat(robot.from((Node) robot.lookup("#shortcutSheet").query())
                        .lookup(".shortcut-key")
                        .queryAll())
                .hasSizeGreaterThan(8);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        FxAppFixture.waitUntil(() -> robot.lookup("#shortcutSheet").tryQuery().isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        FxAppFixture.waitUntil(() -> robot.lookup("#paletteQuery").tryQuery().isPresent());
        FxAppFixture.waitUntil(() -> robot.lookup("#paletteQuery").query().isFocused());
        // Monocle gives a new window the keyboard only once it is clicked; a desktop does it on showing.
        robot.clickOn("#paletteQuery").write("peop");
        @SuppressWarnings("unchecked")
        ListView<Object> found = robot.lookup("#paletteList").queryAs(ListView.class);
        FxAppFixture.waitUntil(
                () -> found.getItems().size() < 5 && found.getSelectionModel().getSelectedIndex() == 0);
        assertThat(((io.plantdesk.app.shell.CommandPalette.Command)
                                found.getItems().getFirst())
                        .title())
                .isEqualTo("Open People");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        FxAppFixture.waitUntil(
                () -> list.getSelectionModel().getSelectedItem().id().equals("people"));
        assertThat(Window.getWindows().stream()
                        .filter(w -> w instanceof Stage s && s.getOwner() != null)
                        .toList())
                .isEmpty();
    }

    @Test
    void ctrlNF2AndEnterOnARowOpenThePersonDialogsAndDropDownsOpenOnSpace(FxRobot robot) throws Exception {
        openDemo(robot);
        openFeature(robot, "people");
        FxAppFixture.waitUntil(() -> !robot.lookup("#peopleTable")
                .queryAs(javafx.scene.control.TableView.class)
                .getItems()
                .isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        FxAppFixture.waitUntil(() -> robot.lookup("#personSave").tryQuery().isPresent());
        // Space on the role drop-down opens its list, no Alt+Down needed.
        ChoiceBox<?> role = robot.lookup("#personRole").queryAs(ChoiceBox.class);
        robot.clickOn("#personName"); // gives the dialog window the keyboard under Monocle
        robot.interact(role::requestFocus);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        FxAppFixture.waitUntil(role::isShowing);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        FxAppFixture.waitUntil(() -> robot.lookup("#personSave").tryQuery().isEmpty());

        javafx.scene.control.TableView<?> table =
                robot.lookup("#peopleTable").queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.press(KeyCode.F2).release(KeyCode.F2);
        FxAppFixture.waitUntil(() -> robot.lookup("#personSave").tryQuery().isPresent());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        FxAppFixture.waitUntil(() -> robot.lookup("#personSave").tryQuery().isEmpty());

        robot.interact(table::requestFocus);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        FxAppFixture.waitUntil(() -> robot.lookup("#personSave").tryQuery().isPresent());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        FxAppFixture.waitUntil(() -> robot.lookup("#personSave").tryQuery().isEmpty());
    }
}
