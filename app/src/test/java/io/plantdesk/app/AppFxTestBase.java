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
        FxAppFixture.waitUntil(() -> robot.lookup("#kpi-people").tryQuery().isPresent());
    }

    /** Called from each class's {@code @Start} method (TestFX does not look in superclasses). */
    static void showLogin(Stage stage) {
        new AppWindow(ctx, stage).showLogin();
        stage.show();
    }
}
