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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Fleet screen on its own: the overview, a vehicle's timeline grouped by month, the editor
 * (Save stays off until the entry reads; a saved event appears), the history as sentences, and a
 * deleted event restored.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class FleetViewFxTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static FxTaskRunner tasks;
    static Vehicle van;
    private final LiveRefresh live = new LiveRefresh();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private FeatureView view;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Screen fleet");
        planner = db.createUser(plant, AppRole.PLANNER);
        technician = db.createUser(plant, AppRole.TECHNICIAN);
        van = FleetFixture.plant(db, planner, "SCR 1").van();
        EventService events = new EventService(db.jdbiAs(technician), Clock.systemUTC());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < 40; i++) {
            events.record(EventDraft.fuel(
                    van.id(),
                    now.minusDays(9L * i + 1),
                    BigDecimal.valueOf(50_000 - 400L * i),
                    new BigDecimal("40"),
                    new BigDecimal("5000"),
                    true,
                    false));
        }
        events.record(
                EventDraft.of(van.id(), EventKind.REPAIR, now.minusDays(2), null, new BigDecimal("1200"), "Mirror"));
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        view = new FleetFeature()
                .open(FeatureFixture.context(db, technician, tasks, live, SectionSettings.none("fleet"), errors::add));
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aVehicleTimelineEditorHistoryAndRestore(FxRobot robot) throws Exception {
        TableView<?> vehicles = robot.lookup("#fleetVehicles").queryAs(TableView.class);
        FxWait.until(() -> vehicles.getItems().size() == 1);
        robot.interact(() -> vehicles.getSelectionModel().select(0));
        ListView<TimelineRow> list = robot.lookup("#fleetTimeline").queryAs(ListView.class);
        FxWait.until(() -> list.getItems().size() > 41);
        assertThat(list.getItems().getFirst()).isInstanceOf(TimelineRow.Month.class);
        assertThat(list.getItems())
                .anyMatch(r -> r instanceof TimelineRow.Event e
                        && "Mirror".equals(e.event().description()));
        assertThat(((TimelineRow.Event) list.getItems().get(1)).event().kind())
                .as("newest first")
                .isEqualTo(EventKind.FUEL);
        long months = list.getItems().stream()
                .filter(r -> r instanceof TimelineRow.Month)
                .count();
        assertThat(months).isBetween(11L, 14L);

        robot.clickOn("#fleetNew");
        FxWait.until(() -> robot.lookup("#eventSave").tryQuery().isPresent());
        Button save = robot.lookup("#eventSave").queryAs(Button.class);
        assertThat(save.isDisabled()).as("a fuel entry without an amount").isTrue();
        robot.interact(() -> {
            robot.lookup("#eventQuantity").queryAs(TextField.class).setText("35.5");
            robot.lookup("#eventOdometer").queryAs(TextField.class).setText("50100");
            robot.lookup("#eventCost").queryAs(TextField.class).setText("4437.50");
        });
        FxWait.until(() -> !save.isDisabled());
        robot.clickOn(save);
        FxWait.until(() -> robot.lookup("#eventSave").tryQuery().isEmpty());
        FxWait.until(() -> list.getItems().stream()
                .anyMatch(r -> r instanceof TimelineRow.Event e
                        && e.event().quantity() != null
                        && e.event().quantity().compareTo(new BigDecimal("35.5")) == 0));

        robot.interact(() -> list.getSelectionModel().select(1));
        robot.clickOn("#fleetHistory");
        FxWait.until(() -> robot.lookup("#fleetHistoryLines").tryQuery().isPresent());
        ListView<String> lines = robot.lookup("#fleetHistoryLines").queryAs(ListView.class);
        assertThat(lines.getItems()).hasSize(1);
        assertThat(lines.getItems().getFirst()).contains("recorded the event");
        robot.interact(() -> lines.getScene().getWindow().hide());

        int rows = list.getItems().size();
        robot.interact(() -> list.getSelectionModel().select(1));
        VehicleEvent gone = ((TimelineRow.Event) list.getSelectionModel().getSelectedItem()).event();
        robot.clickOn("#fleetDelete");
        FxWait.until(() -> list.getItems().stream()
                        .noneMatch(r -> r instanceof TimelineRow.Event e
                                && e.event().id().equals(gone.id()))
                && list.getItems().size() < rows);
        robot.interact(
                () -> robot.lookup("#fleetDeleted").queryAs(CheckBox.class).setSelected(true));
        FxWait.until(() -> list.getItems().size() == 2);
        robot.interact(() -> list.getSelectionModel().select(1));
        robot.clickOn("#fleetRestore");
        FxWait.until(() -> list.getItems().isEmpty());
        robot.interact(
                () -> robot.lookup("#fleetDeleted").queryAs(CheckBox.class).setSelected(false));
        FxWait.until(() -> list.getItems().stream()
                .anyMatch(
                        r -> r instanceof TimelineRow.Event e && e.event().id().equals(gone.id())));
        assertThat(new EventService(db.jdbiAs(technician), Clock.systemUTC()).history(gone.id()))
                .extracting(Revision::action)
                .containsExactly("created", "deleted", "restored");
        assertThat(errors).isEmpty();
    }
}
