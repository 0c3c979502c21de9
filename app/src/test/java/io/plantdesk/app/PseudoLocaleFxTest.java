package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every visible string of the login, the shell, the feature screens and their dialogs comes from a bundle: in the pseudo-locale
 * ({@link Messages#PSEUDO}) each bundle string is bracketed and accented, so any plain English
 * word left on a screen or dialog was typed into the code. Table and list cells hold data and are
 * skipped, and so is a node the code marked as data ({@link DataText}: a plant's, a person's or a
 * profile's name); arguments (names, numbers) sit inside their message's brackets.
 */
class PseudoLocaleFxTest extends AppFxTestBase {

    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]*\\]");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static Locale before;

    @BeforeAll
    static void pseudo() {
        before = Locale.getDefault();
        Locale.setDefault(Messages.PSEUDO);
    }

    @AfterAll
    static void back() {
        Locale.setDefault(before);
    }

    @Start
    void start(Stage stage) {
        showLogin(stage);
    }

    @Test
    void noScreenOrDialogShowsPlainEnglish(FxRobot robot) throws Exception {
        List<String> plain = new ArrayList<>();
        walkScene(robot, "login", "#login", plain);
        // The error state: a refused login's sentence comes from the platform's keys (DbErrors).
        robot.clickOn("#user").write("demo_admin");
        robot.clickOn("#password").write("not-the-password");
        robot.clickOn("#login");
        FxAppFixture.waitUntil(() ->
                !robot.lookup("#loginMessage").queryAs(Label.class).getText().isEmpty());
        walkScene(robot, "login error", "#login", plain);

        openDemo(robot);
        @SuppressWarnings("unchecked")
        ListView<Feature> list = robot.lookup("#featureList").queryAs(ListView.class);
        List<String> features = robot.lookup("#featureList").queryAs(ListView.class).getItems().stream()
                .map(f -> ((Feature) f).id())
                .toList();
        assertThat(features).contains("overview", "activity", "people", "operations", "migrations");
        for (int i = 0; i < features.size(); i++) {
            int index = i;
            robot.interact(() -> list.getSelectionModel().select(index));
            settle(robot);
            if (features.get(i).equals("migrations")) {
                FxAppFixture.waitUntil(
                        () -> robot.lookup("#migrationGrid").tryQuery().isPresent()
                                && robot.lookup("#actMigrate")
                                        .tryQuery()
                                        .map(Node::isDisabled)
                                        .map(d -> !d)
                                        .orElse(false));
            }
            // The whole window: the sidebar, the status bar with its badge, and the screen.
            walkScene(robot, "shell and " + features.get(i), "#featureList", plain);
        }
        MenuButton me = robot.lookup("#userMenu").queryAs(MenuButton.class);
        robot.interact(() -> me.getItems().forEach(item -> check("user menu", item.getText(), "MenuItem", plain)));

        dialog(robot, "#openSettings", "#settingsDialog", "settings", plain);
        robot.press(KeyCode.F1).release(KeyCode.F1);
        dialogShown(robot, "#shortcutSheet", "shortcuts", plain);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        dialogShown(robot, "#commandPalette", "palette", plain);

        // The migration tracker's dialogs, on the selected (demo) environment.
        robot.interact(() -> list.getSelectionModel().select(features.indexOf("migrations")));
        for (String action : List.of("#actMigrate", "#actRollback", "#actRepair")) {
            dialog(robot, action, "#actionGo", action.substring(4).toLowerCase(Locale.ROOT), plain);
        }
        dialog(robot, "#scriptsSetting", "#scriptsDialog", "scripts", plain);
        openFeature(robot, "people");
        robot.clickOn("#addPerson");
        dialogShown(robot, "#personName", "add person", plain);
        // The work-order editor: new, and an existing one of the demo plant with its tabs.
        robot.interact(() -> list.getSelectionModel().select(features.indexOf("maintenance-backlog")));
        settle(robot);
        robot.clickOn("#woNew");
        dialogShown(robot, "#workOrderEditor", "new work order", plain);
        FxAppFixture.waitUntil(() -> !robot.lookup("#woTable")
                .queryAs(javafx.scene.control.TableView.class)
                .getItems()
                .isEmpty());
        robot.interact(() -> robot.lookup("#woTable")
                .queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel()
                .select(0));
        robot.clickOn("#woOpen");
        FxAppFixture.waitUntil(() -> robot.lookup("#woTabs").tryQuery().isPresent());
        robot.clickOn("#woTabLabour");
        robot.clickOn("#woTabHistory");
        dialogShown(robot, "#workOrderEditor", "work order", plain);
        // The asset editor.
        robot.interact(() -> list.getSelectionModel().select(features.indexOf("maintenance-assets")));
        settle(robot);
        dialog(robot, "#assetNew", "#assetDialog", "asset", plain);
        // The fleet's register: a new vehicle, and the garages.
        openFeature(robot, "fleet");
        robot.clickOn("#fleetNewVehicle");
        dialogShown(robot, "#vehicleEditor", "new vehicle", plain);
        robot.clickOn("#fleetGarages");
        dialogShown(robot, "#garagesDialog", "garages", plain);

        assertThat(plain)
                .as("text shown in the pseudo-locale that did not come from a bundle")
                .isEmpty();
    }

    private static void walkScene(FxRobot robot, String where, String anyNode, List<String> plain) {
        Node root = robot.lookup(anyNode).query().getScene().getRoot();
        robot.interact(() -> collect(where, root, plain));
    }

    private static void dialog(FxRobot robot, String button, String id, String name, List<String> plain)
            throws Exception {
        robot.clickOn(button);
        dialogShown(robot, id, name, plain);
    }

    private static void dialogShown(FxRobot robot, String id, String name, List<String> plain) throws Exception {
        FxAppFixture.waitUntil(() -> robot.lookup(id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = robot.lookup(id).query().getScene();
        robot.interact(() -> collect(name + " dialog", scene.getRoot(), plain));
        robot.interact(() -> ((Stage) scene.getWindow()).close());
        FxAppFixture.waitUntil(() ->
                Window.getWindows().stream().noneMatch(w -> w instanceof Stage s && s.getOwner() != null));
    }

    private static void settle(FxRobot robot) throws Exception {
        FxAppFixture.waitUntil(() -> robot.lookup(".shell-content")
                .tryQuery()
                .map(c -> c.lookupAll(".progress-indicator").stream().noneMatch(Node::isVisible))
                .orElse(false));
    }

    /** A text that still holds plain words once every bracketed part is removed. */
    private static void check(String where, String t, String what, List<String> plain) {
        if (t == null) {
            return;
        }
        String rest = t;
        for (String prev = null; !rest.equals(prev); ) {
            prev = rest;
            rest = BRACKETED.matcher(rest).replaceAll("");
        }
        if (WORD.matcher(rest).find()) {
            plain.add(where + ": \"" + t + "\" (" + what + ")");
        }
    }

    /** Visible texts outside table and list cells that still hold plain words once every bracketed part is removed. */
    private static void collect(String where, Node node, List<String> plain) {
        if (!node.isVisible() || node instanceof Cell<?> || DataText.isData(node)) {
            return; // cells and marked nodes hold data: names, hosts, a script's words
        }
        List<String> texts = new ArrayList<>();
        if (node instanceof Labeled l) {
            texts.add(l.getText());
        }
        if (node instanceof TextInputControl t) {
            texts.add(t.getPromptText());
        }
        if (node.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip tip) {
            texts.add(tip.getText());
        }
        String what = node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId());
        texts.forEach(t -> check(where, t, what, plain));
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(where, c, plain));
        }
    }
}
