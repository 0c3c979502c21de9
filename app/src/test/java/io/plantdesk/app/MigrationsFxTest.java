package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.migrations.service.DemoEnvironments;
import io.plantdesk.migrations.tracker.CellState;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.migrations.ui.GridRow;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Migrator;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The migration tracker on the demo plant's three environments, driven as an admin would: the
 * grid's first look, a migrate with progress on staging, production through its typed name, the
 * promotion gate, validation, repair and the drift report.
 */
class MigrationsFxTest extends AppFxTestBase {

    private static final List<String> SHIPPED = Migrator.shippedVersions();
    private static final String NEWEST = SHIPPED.getLast();

    @Start
    void start(Stage stage) {
        showLogin(stage);
    }

    @SuppressWarnings("unchecked")
    private static TableView<GridRow> grid(FxRobot robot) {
        return robot.lookup("#migrationGrid").queryAs(TableView.class);
    }

    private static CellState state(FxRobot robot, String env, String version) {
        return grid(robot).getItems().stream()
                .filter(r -> r.version().equals(version))
                .findFirst()
                .map(r -> r.cells().get(env))
                .map(HistoryCell::state)
                .orElse(null);
    }

    private static boolean allRead(FxRobot robot) {
        TableView<GridRow> g = grid(robot);
        return !g.getItems().isEmpty() && g.getItems().getLast().cells().size() == 3;
    }

    @SuppressWarnings("unchecked")
    private static void chooseEnvironment(FxRobot robot, String name) {
        ComboBox<ConnectionProfile> choice = robot.lookup("#envChoice").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(choice.getItems().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private static void chooseTarget(FxRobot robot, String version) {
        ComboBox<String> target = robot.lookup("#migrateTarget").queryAs(ComboBox.class);
        robot.interact(() -> target.setValue(version));
    }

    private static String actionMessage(FxRobot robot) {
        return robot.lookup("#actionError").queryAs(Label.class).getText();
    }

    private static void closeDialog(FxRobot robot) throws Exception {
        // By id, not by its text: a text lookup reads every TextArea from the test thread while the FX thread writes
        // them.
        robot.clickOn("#actionClose");
        FxAppFixture.waitUntil(() -> robot.lookup("#actionGo").tryQuery().isEmpty());
    }

    /** The environment's history as rows in words: who ran a script is not a role name ("postgres"). */
    @Test
    @SuppressWarnings("unchecked")
    void theHistoryReadsAsTableRowsWithWhoAndWhenInWords(FxRobot robot) throws Exception {
        openDemo(robot);
        openFeature(robot, "migrations");
        FxAppFixture.waitUntil(() -> robot.lookup("#migrationGrid").tryQuery().isPresent() && allRead(robot));
        chooseEnvironment(robot, "Demo plant");
        TableView<HistoryCell> history = robot.lookup("#envHistory").queryAs(TableView.class);
        FxAppFixture.waitUntil(() -> history.getItems().size() == SHIPPED.size());
        assertThat(history.isVisible()).isTrue();
        var by = (javafx.scene.control.TableColumn<HistoryCell, String>)
                history.getColumns().get(3);
        var applied = (javafx.scene.control.TableColumn<HistoryCell, String>)
                history.getColumns().get(2);
        HistoryCell first = history.getItems().getFirst();
        assertThat(first.installedBy()).isEqualTo("postgres"); // what the server recorded ...
        assertThat(by.getCellObservableValue(first).getValue())
                .isEqualTo("Server set-up account"); // ... and what people read
        assertThat(applied.getCellObservableValue(first).getValue())
                .endsWith(java.time.ZoneId.systemDefault()
                        .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.getDefault()))
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T"); // the locale's date, not an ISO stamp
    }

    @Test
    void anAdminMigratesStagingThenProductionThroughTheGate(FxRobot robot) throws Exception {
        openDemo(robot);
        openFeature(robot, "migrations");
        FxAppFixture.waitUntil(() -> robot.lookup("#migrationGrid").tryQuery().isPresent() && allRead(robot));

        // First look: dev is current, staging one behind, production behind with a drifted script.
        for (String v : SHIPPED) {
            assertThat(state(robot, "Demo plant", v)).as("dev V" + v).isEqualTo(CellState.APPLIED);
        }
        assertThat(state(robot, DemoEnvironments.STAGING, NEWEST)).isEqualTo(CellState.PENDING);
        assertThat(state(robot, DemoEnvironments.PRODUCTION, "5")).isEqualTo(CellState.DRIFT);
        assertThat(state(robot, DemoEnvironments.PRODUCTION, SHIPPED.get(SHIPPED.size() - 3)))
                .isEqualTo(CellState.PENDING);

        // Staging: the dry run names the pending script; migrate reports each step.
        chooseEnvironment(robot, DemoEnvironments.STAGING);
        robot.clickOn("#actMigrate");
        FxAppFixture.waitUntil(
                () -> robot.lookup("#dryRun").queryAs(TextArea.class).getText().contains("==== V" + NEWEST));
        robot.clickOn("#actionGo");
        FxAppFixture.waitUntil(() -> actionMessage(robot).contains("one migration applied"));
        assertThat(robot.lookup("#actionSteps").queryAs(ListView.class).getItems())
                .singleElement()
                .asString()
                .startsWith("✓ V" + NEWEST + " ");
        closeDialog(robot);
        FxAppFixture.waitUntil(() -> state(robot, DemoEnvironments.STAGING, NEWEST) == CellState.APPLIED);

        // Production: the typed name, then Flyway's own validation stops it on the drifted script.
        chooseEnvironment(robot, DemoEnvironments.PRODUCTION);
        robot.clickOn("#actMigrate");
        FxAppFixture.waitUntil(
                () -> robot.lookup("#dryRun").queryAs(TextArea.class).getText().contains("3 migrations"));
        robot.clickOn("#actionGo");
        assertThat(actionMessage(robot)).isEqualTo("Type Demo production exactly to confirm.");
        robot.clickOn("#confirmName").write("Demo production");
        robot.clickOn("#actionGo");
        FxAppFixture.waitUntil(() -> actionMessage(robot).contains("was not migrated"));
        assertThat(actionMessage(robot)).contains("checksum mismatch");
        closeDialog(robot);

        robot.clickOn("#actValidate");
        FxAppFixture.waitUntil(
                () -> robot.lookup("#envStatus").queryAs(Label.class).getText().contains("one problem"));
        assertThat(robot.lookup("#envOutput").queryAs(TextArea.class).getText()).startsWith("V5: ");
        robot.clickOn("#actRepair");
        FxAppFixture.waitUntil(() -> robot.lookup("#confirmName").tryQuery().isPresent());
        robot.clickOn("#confirmName").write("Demo production");
        robot.clickOn("#actionGo");
        FxAppFixture.waitUntil(
                () -> robot.lookup("#envStatus").queryAs(Label.class).getText().contains("1 checksum realigned (V5)"));
        FxAppFixture.waitUntil(() -> state(robot, DemoEnvironments.PRODUCTION, "5") == CellState.APPLIED);

        // Now it migrates, one step per pending script, every one of them proven on staging.
        robot.clickOn("#actMigrate");
        FxAppFixture.waitUntil(
                () -> robot.lookup("#dryRun").queryAs(TextArea.class).getText().contains("3 migrations"));
        robot.clickOn("#confirmName").write("Demo production");
        robot.clickOn("#actionGo");
        FxAppFixture.waitUntil(() -> actionMessage(robot).contains("3 migrations applied"));
        assertThat(robot.lookup("#actionSteps").queryAs(ListView.class).getItems())
                .hasSize(3)
                .allSatisfy(line -> assertThat(line.toString()).startsWith("✓ V"));
        closeDialog(robot);
        FxAppFixture.waitUntil(() -> state(robot, DemoEnvironments.PRODUCTION, NEWEST) == CellState.APPLIED);

        // The hand-made index is still there: the drift report names it, and a rollback is refused.
        robot.clickOn("#actDrift");
        FxAppFixture.waitUntil(() ->
                robot.lookup("#envOutput").queryAs(TextArea.class).getText().contains("person_phone_hotfix"));
        assertThat(robot.lookup("#envStatus").queryAs(Label.class).getText())
                .isEqualTo("Demo production has drifted: one difference.");
        // Environment against environment: production's catalog against staging's names the same index.
        robot.clickOn("#actCompare");
        FxAppFixture.waitUntil(() -> robot.lookup("#compareDialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<String> other = robot.lookup("#compareDialog .combo-box").queryAs(ComboBox.class);
        robot.interact(() -> other.setValue(DemoEnvironments.STAGING));
        robot.clickOn(robot.lookup("#compareDialog .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton)
                .findFirst()
                .orElseThrow());
        FxAppFixture.waitUntil(() -> robot.lookup("#envStatus")
                .queryAs(Label.class)
                .getText()
                .equals("Demo staging differs from Demo production in one object."));
        assertThat(robot.lookup("#envOutput").queryAs(TextArea.class).getText())
                .contains("missing index core.person_phone_hotfix");
        robot.clickOn("#actRollback");
        FxAppFixture.waitUntil(() -> !robot.lookup("#rollbackList")
                .queryAs(ListView.class)
                .getItems()
                .isEmpty());
        assertThat(robot.lookup("#rollbackList")
                        .queryAs(ListView.class)
                        .getItems()
                        .getFirst()
                        .toString())
                .startsWith("V" + NEWEST)
                .containsPattern("← U0*" + NEWEST + "__"); // its paired rollback script (U091__, U102__)
        robot.clickOn("#confirmName").write("Demo production");
        robot.clickOn("#actionGo");
        FxAppFixture.waitUntil(() -> actionMessage(robot).contains("has drifted"));
        assertThat(robot.lookup("#actionGo").queryAs(Button.class).isDisabled()).isFalse();
        closeDialog(robot);
        assertThat(state(robot, DemoEnvironments.PRODUCTION, NEWEST)).isEqualTo(CellState.APPLIED);
    }

    @Test
    void anAdminRollsTheDemoPlantBackAndMigratesItAgain(FxRobot robot) throws Exception {
        openDemo(robot);
        openFeature(robot, "migrations");
        FxAppFixture.waitUntil(() -> robot.lookup("#migrationGrid").tryQuery().isPresent() && allRead(robot));
        chooseEnvironment(robot, "Demo plant");

        robot.clickOn("#actRollback");
        FxAppFixture.waitUntil(() -> !robot.lookup("#rollbackList")
                .queryAs(ListView.class)
                .getItems()
                .isEmpty());
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> count =
                robot.lookup("#rollbackCount").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> count.getValueFactory().setValue(2));
        FxAppFixture.waitUntil(() ->
                robot.lookup("#rollbackList").queryAs(ListView.class).getItems().size() == 2);
        robot.clickOn("#rollbackReason").write("trying the U scripts");
        robot.clickOn("#actionGo");
        FxAppFixture.waitUntil(() -> actionMessage(robot).contains("2 migrations rolled back"));
        assertThat(robot.lookup("#actionSteps").queryAs(ListView.class).getItems())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("✓ V" + NEWEST + " ");
        closeDialog(robot);
        String previous = SHIPPED.get(SHIPPED.size() - 2);
        FxAppFixture.waitUntil(() -> state(robot, "Demo plant", previous) == CellState.PENDING);
        // The environment's history shows the rollback log: what, by whom, why.
        FxAppFixture.waitUntil(() ->
                robot.lookup("#envRollbacks").queryAs(Label.class).getText().contains("trying the U scripts"));
        assertThat(robot.lookup("#envRollbacks").queryAs(Label.class).getText())
                .contains("Rolled back:", "V" + NEWEST)
                .doesNotContain("postgres");

        robot.clickOn("#actMigrate");
        FxAppFixture.waitUntil(
                () -> robot.lookup("#dryRun").queryAs(TextArea.class).getText().contains("2 migrations"));
        robot.clickOn("#actionGo");
        FxAppFixture.waitUntil(() -> actionMessage(robot).contains("2 migrations applied"));
        closeDialog(robot);
        FxAppFixture.waitUntil(() -> state(robot, "Demo plant", NEWEST) == CellState.APPLIED);
        robot.clickOn("#actDrift");
        FxAppFixture.waitUntil(
                () -> robot.lookup("#envStatus").queryAs(Label.class).getText().equals("Demo plant has no drift."));
    }
}
