package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.fleet.ui.FleetFeature;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The overview of a fleet larger than a page: the whole fleet's totals above the list, a page of
 * vehicles first, the next when the list is scrolled to its end; its columns do not sort (a sort
 * would order only the pages loaded so far).
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class OverviewPagingFxTest {

    static final int COUNT = FleetService.OVERVIEW_PAGE + 30;
    static TestDatabase db;
    static TestUser planner;
    static FxTaskRunner tasks;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Paged screen fleet");
        planner = db.createUser(plant, AppRole.PLANNER);
        FleetService fleet = new FleetService(db.jdbiAs(planner), Clock.systemUTC());
        Garage g = fleet.createGarage("Depot", "Gate 3");
        for (int i = 1; i <= COUNT; i++) {
            fleet.createVehicle(VehicleDraft.of(String.format("F %03d", i), "Iveco", "Daily", "diesel", g.id()));
        }
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        FeatureView view = new FleetFeature()
                .open(FeatureFixture.context(
                        db, planner, tasks, new LiveRefresh(), SectionSettings.none("fleet"), errors::add));
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
    }

    @Test
    void aPageFirstTheNextAtTheListsEndAndTheWholeFleetsTotalsAbove(FxRobot robot) throws Exception {
        TableView<?> vehicles = robot.lookup("#fleetVehicles").queryAs(TableView.class);
        FxWait.until(() -> vehicles.getItems().size() == FleetService.OVERVIEW_PAGE);
        Label totals = robot.lookup("#fleetTotals").queryAs(Label.class);
        FxWait.until(() -> totals.isVisible());
        assertThat(totals.getText()).startsWith(COUNT + " vehicles");
        assertThat(vehicles.getColumns()).noneMatch(TableColumn::isSortable);

        robot.interact(() -> vehicles.scrollTo(FleetService.OVERVIEW_PAGE - 1));
        FxWait.until(() -> vehicles.getItems().size() == COUNT);
        assertThat(((VehicleOverview) vehicles.getItems().getLast()).plate()).isEqualTo(String.format("F %03d", COUNT));
        assertThat(errors).isEmpty();
    }
}
