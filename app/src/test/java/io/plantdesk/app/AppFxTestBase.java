package io.plantdesk.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A UI test class gets a Plantdesk installation of its own (private folders, free embedded port);
 * its {@code @Start} method shows the real window with the login through {@link #showLogin}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AppFxTestBase {

    static AppContext ctx;

    @BeforeAll
    static void newInstallation() throws Exception {
        ctx = FxAppFixture.newContext();
    }

    @AfterAll
    static void closeInstallation() {
        ctx.close();
    }

    /**
     * Logs in to the demo plant and waits for the Overview's figures: clicking while the first
     * screen still loads (its spinner animating every pulse) races TestFX's bounds queries.
     */
    static void openDemo(org.testfx.api.FxRobot robot) throws Exception {
        robot.clickOn("#tryDemo");
        FxAppFixture.waitForDemo(() -> robot.lookup("#kpi-people").tryQuery().isPresent());
    }

    /**
     * Opens a screen from the sidebar as a person would: scrolled into view first, since the
     * list shows only the cells that fit (fifteen screens for an admin).
     */
    @SuppressWarnings("unchecked")
    static void openFeature(org.testfx.api.FxRobot robot, String id) {
        javafx.scene.control.ListView<io.plantdesk.ui.feature.Feature> list =
                robot.lookup("#featureList").queryAs(javafx.scene.control.ListView.class);
        io.plantdesk.ui.feature.Feature feature = list.getItems().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no screen " + id + " in the sidebar"));
        robot.interact(() -> list.scrollTo(feature));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // Chosen as with the arrow keys: with more screens than fit, the last cells were not laid
        // out yet when clicked ("#feature-migrations" returned no nodes).
        robot.interact(() -> list.getSelectionModel().select(feature));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Called from each class's {@code @Start} method (TestFX does not look in superclasses). */
    static void showLogin(Stage stage) {
        new AppWindow(ctx, stage).showLogin();
        stage.show();
    }
}
