package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.fleet.ui.FleetFeature;
import io.plantdesk.fleet.ui.TimelineRow;
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
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
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
 * A vehicle with 50,000 events: the timeline holds only the pages scrolled to (keyset pages of
 * 200 read in SQL, a virtualised list), newest first with no gap or repeat across pages, and one
 * heading per month even where a month spans pages. The set-up writes the events in one statement
 * without the per-row triggers (stamps, revisions, odometer rule): they are not what is tested.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class TimelineScaleFxTest {

    static TestDatabase db;
    static TestUser technician;
    static FxTaskRunner tasks;
    static Vehicle van;
    private FeatureView view;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Busy fleet");
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        technician = db.createUser(plant, AppRole.TECHNICIAN);
        van = FleetFixture.plant(db, planner, "BUSY 1").van();
        db.adminJdbi().useHandle(h -> {
            h.execute("select core.ensure_month_partitions('fleet.vehicle_event', 30, 1)");
            h.execute("set session_replication_role = replica");
            // One event every 25 minutes back from now: about 800 a month over two years and more.
            h.execute(
                    "insert into fleet.vehicle_event (tenant_id, id, vehicle_id, kind, occurred_at, odometer, cost, "
                            + "description, created_by, updated_by) select ?, gen_random_uuid(), ?, 'note', "
                            + "now() - i * interval '25 minutes', 100000 - i, 1, 'entry ' || i, 'test', 'test' "
                            + "from generate_series(1, 50000) i",
                    plant,
                    van.id());
            h.execute("analyze fleet.vehicle_event");
        });
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        view = new FleetFeature()
                .open(FeatureFixture.context(
                        db, technician, tasks, new LiveRefresh(), SectionSettings.none("fleet"), e -> {}));
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
    }

    @SuppressWarnings("unchecked")
    @Test
    void onlyTheScrolledPagesAreHeldInOrderWithOneHeadingPerMonth(FxRobot robot) throws Exception {
        TableView<?> vehicles = robot.lookup("#fleetVehicles").queryAs(TableView.class);
        FxWait.until(() -> vehicles.getItems().size() == 1);
        robot.interact(() -> vehicles.getSelectionModel().select(0));
        ListView<TimelineRow> list = robot.lookup("#fleetTimeline").queryAs(ListView.class);
        FxWait.until(() -> events(list).size() == 200);
        for (int page = 2; page <= 6; page++) {
            int want = page * 200;
            robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
            FxWait.until(() -> events(list).size() >= want);
        }
        List<TimelineRow.Event> loaded = events(list);
        assertThat(loaded.size())
                .as("pages follow the scrolling, not the 50,000")
                .isBetween(1200, 1600);
        for (int i = 1; i < loaded.size(); i++) {
            assertThat(loaded.get(i).event().description()).isEqualTo("entry " + (i + 1));
        }
        List<YearMonth> headings = list.getItems().stream()
                .filter(r -> r instanceof TimelineRow.Month)
                .map(r -> ((TimelineRow.Month) r).month())
                .toList();
        assertThat(headings).doesNotHaveDuplicates();
        OffsetDateTime oldest = loaded.getLast().event().occurredAt();
        assertThat(headings.getLast()).isEqualTo(YearMonth.from(oldest.atZoneSameInstant(java.time.ZoneOffset.UTC)));
    }

    private static List<TimelineRow.Event> events(ListView<TimelineRow> list) {
        List<TimelineRow.Event> out = new ArrayList<>();
        for (TimelineRow r : list.getItems()) {
            if (r instanceof TimelineRow.Event e) {
                out.add(e);
            }
        }
        return out;
    }
}
