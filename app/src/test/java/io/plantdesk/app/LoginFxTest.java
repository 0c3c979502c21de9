package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.SslMode;
import java.net.ServerSocket;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The login as a person meets it: real window, real embedded PostgreSQL, real failures. */
class LoginFxTest extends AppFxTestBase {

    @Start
    void start(Stage stage) {
        showLogin(stage);
    }

    static int closedPort;

    @BeforeAll
    static void setUp() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ctx.profiles()
                .save(new ConnectionProfile(
                        "Plant server",
                        "127.0.0.1",
                        closedPort,
                        "plantdesk",
                        "",
                        SslMode.DISABLE,
                        Environment.PRODUCTION,
                        false));
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#loginMessage").queryAs(Label.class).getText();
    }

    @Test
    void theDemoPlantOpensTheShell(FxRobot robot) throws Exception {
        robot.clickOn("#tryDemo");
        // The status bar comes with the person's outbox, opened off the FX thread after the sidebar.
        FxAppFixture.waitForDemo(() -> robot.lookup("#featureList").tryQuery().isPresent()
                && robot.lookup("#statusTenant").tryQuery().isPresent());
        assertThat(robot.lookup("#statusTenant").queryAs(Label.class).getText()).isEqualTo("Riverside Garments");
        assertThat(robot.lookup("#envBadge").queryAs(Label.class).getText()).isEqualTo("DEV");
        assertThat(robot.lookup("#statusUser").queryAs(Label.class).getText())
                .endsWith("· Admin")
                .doesNotContain("demo_");
        ListView<?> features = robot.lookup("#featureList").queryAs(ListView.class);
        assertThat(features.getItems())
                .extracting(f -> ((io.plantdesk.ui.feature.Feature) f).id())
                .containsExactly(
                        "overview",
                        "maintenance-backlog",
                        "maintenance-board",
                        "maintenance-planner",
                        "maintenance-assets",
                        "maintenance-parts",
                        "maintenance-kpi",
                        "sewing-floor",
                        "sewing-scan",
                        "sewing-qc",
                        "sewing-runs",
                        "sewing-tickets",
                        "sewing-attendance",
                        "sewing-setup",
                        "sewing-bulletin",
                        "sewing-closeout",
                        "sewing-operator-days",
                        "sewing-team-days",
                        "fleet",
                        "fleet-reminders",
                        "activity",
                        "people",
                        "shifts",
                        "operations",
                        "migrations");
        FxAppFixture.waitUntil(() -> robot.lookup("#kpi-people").tryQuery().isPresent());

        // The sync item is a keyboard stop with words for a screen reader; Enter opens the Sync
        // panel, and so does Ctrl+Shift+S from anywhere.
        FxAppFixture.waitUntil(() -> robot.lookup("#outboxStatus").tryQuery().isPresent());
        javafx.scene.control.Hyperlink item =
                robot.lookup("#outboxStatus").queryAs(javafx.scene.control.Hyperlink.class);
        FxAppFixture.waitUntil(() -> !item.getText().isEmpty());
        assertThat(item.isFocusTraversable()).isTrue();
        assertThat(item.getAccessibleText())
                .isEqualTo("Sync: " + item.getText() + ". Press Enter to open the Sync panel.");
        robot.interact(item::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        FxAppFixture.waitUntil(() -> robot.lookup("#syncList").tryQuery().isPresent());
        closeSyncPanel(robot);
        robot.interact(() -> features.requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.S)
                .release(
                        javafx.scene.input.KeyCode.S,
                        javafx.scene.input.KeyCode.SHIFT,
                        javafx.scene.input.KeyCode.CONTROL);
        FxAppFixture.waitUntil(() -> robot.lookup("#syncList").tryQuery().isPresent());
        closeSyncPanel(robot);
    }

    private static void closeSyncPanel(FxRobot robot) throws Exception {
        robot.interact(() -> ((javafx.stage.Stage)
                        robot.lookup("#syncList").query().getScene().getWindow())
                .close());
        FxAppFixture.waitUntil(() -> robot.lookup("#syncList").tryQuery().isEmpty());
    }

    @Test
    void aWrongPasswordSaysSoAndKeepsWhatWasTyped(FxRobot robot) throws Exception {
        robot.clickOn("#user").write("demo_admin");
        robot.clickOn("#password").write("not-the-password");
        robot.clickOn("#login");
        FxAppFixture.waitUntil(() -> !message(robot).isEmpty());
        assertThat(message(robot)).contains("user name or password is not right");
        assertThat(robot.lookup("#user").queryAs(TextField.class).getText()).isEqualTo("demo_admin");
        assertThat(robot.lookup("#password").queryAs(PasswordField.class).getText())
                .isEqualTo("not-the-password");
        assertThat(robot.lookup("#featureList").tryQuery()).isEmpty();
    }

    @Test
    void anUnreachableServerSaysSoAndKeepsWhatWasTyped(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<ConnectionProfile> profiles = robot.lookup("#profile").queryAs(ComboBox.class);
        FxAppFixture.waitUntil(() -> profiles.getItems().size() == 2); // saved profiles load off the FX thread
        robot.interact(() -> profiles.getSelectionModel()
                .select(profiles.getItems().stream()
                        .filter(p -> p.name().equals("Plant server"))
                        .findFirst()
                        .orElseThrow()));
        robot.clickOn("#user").write("amina");
        robot.clickOn("#password").write("secret-password");
        robot.clickOn("#login");
        FxAppFixture.waitUntil(() -> !message(robot).isEmpty());
        assertThat(message(robot)).contains("The database server on this computer at 127.0.0.1:" + closedPort);
        assertThat(robot.lookup("#user").queryAs(TextField.class).getText()).isEqualTo("amina");
        assertThat(robot.lookup("#password").queryAs(PasswordField.class).getText())
                .isEqualTo("secret-password");
        assertThat(profiles.getValue().name()).isEqualTo("Plant server");
    }
}
