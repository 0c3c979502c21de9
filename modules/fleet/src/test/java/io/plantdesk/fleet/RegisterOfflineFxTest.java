package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.fleet.ui.FleetFeature;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TcpProxy;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The vehicle editor on a bad day: the server goes away (a real cut of the TCP connection, not a
 * mocked driver) between typing and Save. The editor stays open with everything typed, says in
 * plant words that nothing was saved, and the same Save lands once the network is back.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class RegisterOfflineFxTest {

    static TestDatabase db;
    static TestUser planner;
    static TcpProxy net;
    static FxTaskRunner tasks;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void plant(TestDatabase database) throws Exception {
        db = database;
        UUID plant = db.createTenant("Register offline");
        planner = db.createUser(plant, AppRole.PLANNER);
        FleetFixture.plant(db, planner, "OFF 1");
        net = new TcpProxy(db.profile().host(), db.profile().port());
        tasks = new FxTaskRunner(2);
    }

    @AfterAll
    static void stop() {
        tasks.close();
        net.close();
    }

    private static Jdbi throughTheProxy() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:" + net.port() + "/" + db.name());
        ds.setUser(planner.login());
        ds.setPassword(planner.password());
        ds.setConnectTimeout(2);
        ds.setSocketTimeout(10);
        return Database.jdbiFor(ds);
    }

    @Start
    void start(Stage stage) {
        FeatureContext c = FeatureFixture.context(
                db, planner, tasks, new LiveRefresh(), SectionSettings.none("fleet"), errors::add);
        FeatureView view = new FleetFeature()
                .open(new FeatureContext(
                        throughTheProxy(),
                        c.person(),
                        c.tasks(),
                        c.ids(),
                        c.clock(),
                        c.mode(),
                        c.live(),
                        c.rollups(),
                        c.errors(),
                        c.settings(),
                        c.crossEnvironment(),
                        c.floorSync()));
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @SuppressWarnings("unchecked")
    @Test
    void aNewVehicleTypedBeforeTheServerWentAwayIsKeptAndSavedWhenItIsBack(FxRobot robot) throws Exception {
        TableView<VehicleOverview> vehicles = robot.lookup("#fleetVehicles").queryAs(TableView.class);
        FxWait.until(() -> vehicles.getItems().size() == 1);
        robot.clickOn("#fleetNewVehicle");
        FxWait.until(() -> robot.lookup("#vehicleSave").tryQuery().isPresent());
        type(robot, "#vehiclePlate", "OFF 2");
        type(robot, "#vehicleMake", "Toyota");
        type(robot, "#vehicleModel", "Hiace");
        type(robot, "#vehicleYear", "2021");
        Button save = robot.lookup("#vehicleSave").queryAs(Button.class);
        FxWait.until(() -> !save.isDisabled());

        net.cut();
        robot.clickOn(save);
        Label refused = robot.lookup("#vehicleRefused").queryAs(Label.class);
        FxWait.until(() -> !refused.getText().isBlank());
        assertThat(refused.getText())
                .as("a sentence for people, not the driver's")
                .doesNotContainIgnoringCase("sql")
                .doesNotContainIgnoringCase("jdbc")
                .doesNotContainIgnoringCase("i/o error")
                .doesNotContainIgnoringCase("exception");
        assertThat(robot.lookup("#vehicleSave").tryQuery())
                .as("the editor stays open")
                .isPresent();
        assertThat(robot.lookup("#vehiclePlate").queryAs(TextField.class).getText())
                .isEqualTo("OFF 2");
        assertThat(robot.lookup("#vehicleModel").queryAs(TextField.class).getText())
                .isEqualTo("Hiace");
        long saved = db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from fleet.vehicle where plate = 'OFF 2'")
                        .mapTo(Long.class)
                        .one());
        assertThat(saved).as("nothing half-saved").isZero();

        net.restore();
        robot.clickOn(save);
        FxWait.until(() -> robot.lookup("#vehicleSave").tryQuery().isEmpty());
        FxWait.until(() -> vehicles.getItems().stream().anyMatch(v -> v.plate().equals("OFF 2")));
        assertThat(errors).isEmpty();
    }
}
