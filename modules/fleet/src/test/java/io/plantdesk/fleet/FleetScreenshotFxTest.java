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
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of the Fleet screen on the demo plant at 1280x728, Desk and Floor, for a person to look
 * at: runs only with the environment variable {@code FLEET_SHOTS=DIR} (no assertion on pixels, so not part of the suite).
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class FleetScreenshotFxTest {

    private static final String DIR = System.getenv("FLEET_SHOTS");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void deskAndFloor(FxRobot robot, TestDatabase db) throws Exception {
        Assumptions.assumeTrue(DIR != null);
        UUID plant = new DemoPlant(db.ids(), DemoSeeds.discover()).seed(db.adminService());
        var user = db.createUser(plant, AppRole.SUPERVISOR);
        io.plantdesk.platform.rollup.RollupRunner rollups =
                new io.plantdesk.platform.rollup.RollupRunner(db.jdbiAs(user));
        rollups.catchUp("fleet_monthly", p -> {}, () -> false);
        rollups.catchUp("fleet_daily", p -> {}, () -> false);
        FxTaskRunner tasks = new FxTaskRunner(2);
        var view = new FleetFeature()
                .open(FeatureFixture.context(
                        db, user, tasks, new LiveRefresh(), SectionSettings.none("fleet"), e -> {}));
        robot.interact(() -> {
            Scene scene = new Scene((Parent) view.node(), 1280, 728);
            Theme.applyBase(false);
            Theme.install(scene);
            scene.getStylesheets().addAll(new FleetFeature().stylesheets());
            stage.setScene(scene);
            stage.show();
        });
        TableView<?> vehicles = robot.lookup("#fleetVehicles").queryAs(TableView.class);
        FxWait.until(() -> vehicles.getItems().size() == 5);
        robot.interact(() -> vehicles.getSelectionModel().select(0));
        ListView<?> list = robot.lookup("#fleetTimeline").queryAs(ListView.class);
        FxWait.until(() -> list.getItems().size() > 20 && list.getItems().getFirst() instanceof TimelineRow.Month);
        javafx.scene.control.TabPane tabs = robot.lookup("#fleetTabs").queryAs(javafx.scene.control.TabPane.class);
        String[] names = {"fleet", "fleet-charts", "fleet-import"};
        for (int tab = 0; tab < names.length; tab++) {
            int t = tab;
            robot.interact(() -> tabs.getSelectionModel().select(t));
            if (tab == 1) {
                javafx.scene.chart.StackedBarChart<?, ?> cost =
                        robot.lookup("#fleetCostChart").queryAs(javafx.scene.chart.StackedBarChart.class);
                FxWait.until(() -> !cost.getData().isEmpty());
            }
            for (UiMode mode : UiMode.values()) {
                robot.interact(() -> Theme.applyMode((Parent) view.node(), mode));
                Thread.sleep(600);
                AtomicReference<WritableImage> shot = new AtomicReference<>();
                robot.interact(() -> shot.set(stage.getScene().snapshot(null)));
                write(shot.get(), new File(DIR, names[t] + "-" + mode.name().toLowerCase() + ".png"));
            }
        }
        tasks.close();
    }

    static void write(WritableImage image, File file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        var reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(out, "png", file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
