package io.plantdesk.fleet;

import io.plantdesk.fleet.ui.FleetFeature;
import io.plantdesk.fleet.ui.TimelineRow;
import io.plantdesk.platform.demo.DemoPlant;
import io.plantdesk.platform.demo.DemoSeeds;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import io.plantdesk.ui.theme.Theme;
import io.plantdesk.ui.theme.UiMode;
import java.io.File;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of the fleet's register and review dialogs (vehicle editor, garages, reading check,
 * event editor with its location) over the demo plant, Desk and Floor, at 1280x728 (the headless screen is no wider),
 * for a person to look at: runs only with {@code FLEET_SHOTS=DIR} (no assertion on pixels).
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class FleetDialogShotsFxTest {

    private static final String DIR = System.getenv("FLEET_SHOTS");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void dialogsInDeskAndFloor(FxRobot robot, TestDatabase db) throws Exception {
        Assumptions.assumeTrue(DIR != null);
        UUID plant = new DemoPlant(db.ids(), DemoSeeds.discover()).seed(db.adminService());
        var user = db.createUser(plant, AppRole.PLANNER);
        FxTaskRunner tasks = new FxTaskRunner(2);
        var view = new FleetFeature()
                .open(FeatureFixture.context(
                        db, user, tasks, new LiveRefresh(), SectionSettings.none("fleet"), e -> {}));
        SimpleObjectProperty<UiMode> mode = new SimpleObjectProperty<>(UiMode.DESK);
        robot.interact(() -> {
            Scene scene = new Scene((Parent) view.node(), 1280, 728);
            Theme.applyBase(false);
            Theme.install(scene);
            scene.getStylesheets().addAll(new FleetFeature().stylesheets());
            stage.setScene(scene);
            stage.show();
            Theme.followWindows(mode);
        });
        TableView<?> vehicles = robot.lookup("#fleetVehicles").queryAs(TableView.class);
        FxWait.until(() -> vehicles.getItems().size() == 5);
        for (double[] size : new double[][] {{1280, 728}}) {
            for (UiMode m : UiMode.values()) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    mode.set(m);
                    Theme.applyMode((Parent) view.node(), m);
                    vehicles.getSelectionModel().select(0);
                });
                String tag = m.name().toLowerCase() + "-" + (int) size[0];
                ListView<?> list = robot.lookup("#fleetTimeline").queryAs(ListView.class);
                FxWait.until(() -> list.getItems().size() > 2);
                shot(robot, stage.getScene(), "fleet-overview-" + tag);
                robot.clickOn("#fleetEditVehicle");
                dialog(robot, "#vehicleEditor", "fleet-vehicle-" + tag);
                robot.clickOn("#fleetGarages");
                dialog(robot, "#garagesDialog", "fleet-garages-" + tag);
                robot.interact(() ->
                        robot.lookup("#fleetToCheck").queryAs(CheckBox.class).setSelected(true));
                FxWait.until(() -> list.getItems().size() == 2); // the demo van's reading a digit short
                robot.interact(() -> list.getSelectionModel().select(1));
                robot.clickOn("#fleetCheck");
                dialog(robot, "#reviewDialog", "fleet-review-" + tag);
                robot.clickOn("#fleetEdit");
                dialog(robot, "#eventSave", "fleet-event-" + tag);
                robot.interact(() ->
                        robot.lookup("#fleetToCheck").queryAs(CheckBox.class).setSelected(false));
                FxWait.until(() -> list.getItems().size() > 2 && list.getItems().get(1) instanceof TimelineRow.Event);
            }
        }
        tasks.close();
    }

    private void dialog(FxRobot robot, String id, String name) throws Exception {
        FxWait.until(() -> robot.lookup(id).tryQuery().isPresent());
        Thread.sleep(600);
        Scene scene = robot.lookup(id).query().getScene();
        shot(robot, scene, name);
        robot.interact(() -> ((Stage) scene.getWindow()).close());
        FxWait.until(() -> Window.getWindows().stream().noneMatch(w -> w instanceof Stage s && s.getOwner() != null));
    }

    private static void shot(FxRobot robot, Scene scene, String name) throws Exception {
        Thread.sleep(400);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(scene.snapshot(null)));
        FleetScreenshotFxTest.write(image.get(), new File(DIR, name + ".png"));
    }
}
