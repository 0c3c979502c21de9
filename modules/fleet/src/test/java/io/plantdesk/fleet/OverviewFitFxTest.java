package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.fleet.ui.FleetFeature;
import io.plantdesk.platform.demo.DemoPlant;
import io.plantdesk.platform.demo.DemoSeeds;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import io.plantdesk.ui.theme.Theme;
import io.plantdesk.ui.theme.UiMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The fleet overview fits the window a 1366x768 screen opens (1280x728) beside the sidebar, in
 * Desk and in Floor mode: no sideways scrolling, no text cut short, the priority columns shown
 * (the plate, and in Desk status, next reminder and this month's cost), and the chosen vehicle's
 * other figures in the summary above its timeline. On the demo plant's fleet.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class OverviewFitFxTest {

    static TestDatabase db;
    static FxTaskRunner tasks;
    static UUID plant;
    private FeatureView view;
    private Stage stage;

    @BeforeAll
    static void demo(TestDatabase database) {
        db = database;
        plant = new DemoPlant(db.ids(), DemoSeeds.discover()).seed(db.adminService());
        tasks = new FxTaskRunner(2);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new FleetFeature()
                .open(FeatureFixture.context(
                        db,
                        db.createUser(plant, AppRole.SUPERVISOR),
                        tasks,
                        new LiveRefresh(),
                        SectionSettings.none("fleet"),
                        e -> {}));
    }

    /** The shell's sidebar as wide as it is drawn in each mode (220 and 300 px, with its border and padding). */
    private void show(FxRobot robot, UiMode mode) {
        robot.interact(() -> {
            Region sidebar = new Region();
            double width = mode == UiMode.FLOOR ? 320 : 240;
            sidebar.setMinWidth(width);
            sidebar.setPrefWidth(width);
            Node content = view.node();
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox root = new HBox(sidebar, content);
            Scene scene = new Scene(root, 1280, 728);
            Theme.applyBase(false);
            Theme.install(scene);
            scene.getStylesheets().addAll(new FleetFeature().stylesheets());
            Theme.applyMode(root, mode);
            stage.setScene(scene);
            stage.show();
        });
        view.shown();
    }

    @Test
    void deskShowsThePriorityColumnsWithoutScrollingOrCutText(FxRobot robot) throws Exception {
        TableView<VehicleOverview> vehicles = fitted(robot, UiMode.DESK);
        assertThat(titles(vehicles)).contains("Plate", "Status", "Next reminder", "This month");
        // The chosen vehicle's figures the table leaves out are in its summary.
        robot.interact(() -> vehicles.getSelectionModel().select(0));
        VehicleOverview first = vehicles.getItems().getFirst();
        Label summary = robot.lookup("#fleetVehicleSummary").queryAs(Label.class);
        FxWait.until(() -> summary.getText().contains(first.make() + " " + first.model()));
        assertThat(summary.getText()).startsWith(first.plate()).contains("cost this month");
        assertThat(cutShort(summary)).isFalse();
    }

    @Test
    void floorShowsThePriorityColumnsWithoutScrollingOrCutText(FxRobot robot) throws Exception {
        TableView<VehicleOverview> vehicles = fitted(robot, UiMode.FLOOR);
        // Type readable at 3 m: fewer columns (the plate and what fits of the rest, by priority).
        assertThat(titles(vehicles)).contains("Plate").hasSizeGreaterThan(1);
    }

    @SuppressWarnings("unchecked")
    private TableView<VehicleOverview> fitted(FxRobot robot, UiMode mode) throws Exception {
        show(robot, mode);
        TableView<VehicleOverview> vehicles = robot.lookup("#fleetVehicles").queryAs(TableView.class);
        FxWait.until(() ->
                vehicles.getItems().size() == 5 && vehicles.getItems().stream().anyMatch(v -> v.nextTitle() != null));
        // Two pulses for the columns to settle in the mode's type.
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> {});
            Thread.sleep(150);
        }
        String shots = System.getenv("FLEET_SHOTS");
        if (shots != null) {
            robot.interact(() -> FleetScreenshotFxTest.write(
                    stage.getScene().snapshot(null),
                    new java.io.File(shots, "overview-" + mode.name().toLowerCase(java.util.Locale.ROOT) + ".png")));
        }
        robot.interact(() -> {
            double used = vehicles.getVisibleLeafColumns().stream()
                    .mapToDouble(TableColumn::getWidth)
                    .sum();
            assertThat(used).as(mode + ": the columns shown fit the table").isLessThanOrEqualTo(vehicles.getWidth());
            for (Node n : vehicles.lookupAll(".scroll-bar")) {
                if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                    assertThat(bar.isVisible())
                            .as(mode + ": no sideways scrolling")
                            .isFalse();
                }
            }
            List<String> cut = new ArrayList<>();
            for (Node n : vehicles.lookupAll(".label")) {
                if (n instanceof Labeled l && n.isVisible() && cutShort(l)) {
                    cut.add(l.getText());
                }
            }
            for (Node n : vehicles.lookupAll(".table-cell")) {
                if (n instanceof Labeled l && n.isVisible() && cutShort(l)) {
                    cut.add(l.getText());
                }
            }
            assertThat(cut).as(mode + ": texts cut short").isEmpty();
        });
        return vehicles;
    }

    private static List<String> titles(TableView<?> table) {
        return table.getVisibleLeafColumns().stream().map(TableColumn::getText).toList();
    }

    /** As the design lint reads it: the text drawn differs from the text set and ends in an ellipsis. */
    private static boolean cutShort(Labeled l) {
        String full = l.getText();
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.getClass().getSimpleName().equals("LabeledText")) {
                String shown = t.getText();
                return full != null
                        && !full.isEmpty()
                        && !shown.equals(full)
                        && (shown.endsWith("...") || shown.contains("…"));
            }
        }
        return false;
    }
}
