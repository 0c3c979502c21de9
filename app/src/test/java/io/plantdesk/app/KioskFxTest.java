package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.app.shell.DisplayPrefs;
import io.plantdesk.app.shell.DisplayPrefsStore;
import io.plantdesk.platform.admin.AdminService;
import io.plantdesk.platform.demo.DemoPlant;
import io.plantdesk.ui.feature.Feature;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A floor PC as a kiosk: full screen at its chosen screen; only an admin's password ends it. */
class KioskFxTest extends AppFxTestBase {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new DisplayPrefsStore(ctx.paths()).save(DisplayPrefs.defaults().withKiosk(true, "people"));
        showLogin(stage);
    }

    @Test
    void theKioskOpensFullScreenAtItsScreenAndOnlyAnAdminLeavesIt(FxRobot robot) throws Exception {
        assertThat(stage.isFullScreen()).isTrue();
        robot.clickOn("#tryDemo"); // not openDemo: a kiosk opens at its own screen, not the overview
        FxAppFixture.waitForDemo(() -> robot.lookup("#peopleTable")
                .tryQuery()
                .map(t -> !((javafx.scene.control.TableView<?>) t).getItems().isEmpty())
                .orElse(false));
        @SuppressWarnings("unchecked")
        ListView<Feature> list = robot.lookup("#featureList").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo("people");

        // Known passwords for a planner and a second admin of the demo plant.
        AdminService admin = new AdminService(ctx.embedded().get().adminDataSource(DemoPlant.DATABASE), ctx.ids());
        admin.setPassword("demo_planner", "planner-password-1".toCharArray());
        admin.setPassword("demo_admin2", "admin-password-12".toCharArray());

        // Closing the window asks for an admin; a planner is refused and the window stays.
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxAppFixture.waitUntil(() -> robot.lookup("#kioskUser").tryQuery().isPresent());
        robot.clickOn("#kioskUser").write("demo_planner");
        robot.clickOn("#kioskPassword").write("planner-password-1");
        robot.clickOn("Leave kiosk");
        FxAppFixture.waitUntil(() -> robot.lookup("#kioskError")
                .tryQuery()
                .map(n -> ((Label) n).getText().contains("Only an admin"))
                .orElse(false));
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.isFullScreen()).isTrue();
        robot.clickOn("Cancel");
        FxAppFixture.waitUntil(() -> robot.lookup("#kioskUser").tryQuery().isEmpty());

        // The user menu's "Leave kiosk mode" with an admin's login ends the kiosk, not the app.
        robot.clickOn("#userMenu");
        robot.clickOn("Leave kiosk mode…");
        FxAppFixture.waitUntil(() -> robot.lookup("#kioskUser").tryQuery().isPresent());
        robot.clickOn("#kioskUser").write("demo_admin2");
        robot.clickOn("#kioskPassword").write("admin-password-12");
        robot.clickOn("Leave kiosk");
        FxAppFixture.waitUntil(() -> !stage.isFullScreen());
        assertThat(stage.isShowing()).isTrue();
        FxAppFixture.waitUntil(() -> !new DisplayPrefsStore(ctx.paths()).load().kiosk());
    }
}
