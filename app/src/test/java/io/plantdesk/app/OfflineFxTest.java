package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The local database killed under an open session: within 3 s a banner says so (and not "check
 * the network cable"), the data on screen is marked stale, the app starts the server again, and
 * the session carries on by itself.
 */
class OfflineFxTest extends AppFxTestBase {

    @Start
    void start(Stage stage) {
        showLogin(stage);
    }

    @Test
    void aKilledLocalDatabaseShowsWithinThreeSecondsAndComesBackByItself(FxRobot robot) throws Exception {
        openDemo(robot);
        Node banner = robot.lookup("#offlineBanner").query();
        assertThat(banner.isVisible()).isFalse();

        long pid =
                Long.parseLong(Files.readAllLines(ctx.paths().embeddedDataDir().resolve("postmaster.pid"))
                        .getFirst()
                        .trim());
        long killedAt = System.nanoTime();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        FxAppFixture.waitUntil(banner::isVisible);
        long shownAfterMs = (System.nanoTime() - killedAt) / 1_000_000;
        assertThat(shownAfterMs).as("ms until the banner shows").isLessThan(3000);

        String title = robot.lookup("#offlineTitle").queryAs(Label.class).getText();
        String detail = robot.lookup("#offlineDetail").queryAs(Label.class).getText();
        assertThat(title).isEqualTo("The local database has stopped");
        assertThat(detail)
                .contains("may be out of date")
                .doesNotContainIgnoringCase("cable")
                .doesNotContainIgnoringCase("wi-fi");
        assertThat(robot.lookup(".shell-content").query().getStyleClass()).contains("stale");
        // Above the open screen, the time its data is from, in so many words.
        Label stale = robot.lookup("#staleMarker").queryAs(Label.class);
        assertThat(stale.isVisible()).isTrue();
        assertThat(stale.getText()).matches("Shown as of \\d{1,2}:\\d{2}.*, offline: the server does not answer\\..*");
        io.plantdesk.app.lint.Screenshots.fromSystemProperty().save(banner.getScene(), "offline", false, false);

        // No click needed: the app restarts its server and the session reconnects.
        FxAppFixture.waitUntil(() -> !banner.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".shell-content").query().getStyleClass()).doesNotContain("stale");
        assertThat(robot.lookup("#staleMarker").query().isVisible()).isFalse();
        assertThat(robot.lookup("#connectionStatus").query().getStyleClass()).contains("status-online");
        openFeature(robot, "people");
        FxAppFixture.waitUntil(() -> robot.lookup("#peopleTable")
                .tryQuery()
                .map(t -> !((javafx.scene.control.TableView<?>) t).getItems().isEmpty())
                .orElse(false));
    }
}
