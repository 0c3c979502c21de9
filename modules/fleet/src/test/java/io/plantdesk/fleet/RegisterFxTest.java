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
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
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
 * The register's dialogs and the review of a flagged reading on the real screen: a new vehicle
 * checked as it is typed and refused in plant words with what was typed kept, an edit, a garage
 * added; a flagged reading found with the filter and corrected with a reason; the event editor's
 * location checked before it is sent.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class RegisterFxTest {

    static TestDatabase db;
    static TestUser planner;
    static FxTaskRunner tasks;
    static Vehicle van;
    static VehicleEvent flagged;
    private final LiveRefresh live = new LiveRefresh();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Register screen");
        planner = db.createUser(plant, AppRole.PLANNER);
        van = FleetFixture.plant(db, planner, "REG 1").van();
        EventService events = new EventService(db.jdbiAs(planner), Clock.systemUTC());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        events.record(
                EventDraft.of(van.id(), EventKind.ODOMETER, now.minusDays(20), new BigDecimal("20000"), null, null));
        flagged = events.record(
                EventDraft.of(van.id(), EventKind.ODOMETER, now.minusDays(3), new BigDecimal("2100"), null, null));
        events.record(EventDraft.of(van.id(), EventKind.NOTE, now.minusDays(2), null, null, "Washed"));
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        FeatureView view = new FleetFeature()
                .open(FeatureFixture.context(db, planner, tasks, live, SectionSettings.none("fleet"), errors::add));
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @SuppressWarnings("unchecked")
    @Test
    void aVehicleIsAddedCheckedRefusedKeptAndEditedAndAGarageAdded(FxRobot robot) throws Exception {
        TableView<VehicleOverview> vehicles = robot.lookup("#fleetVehicles").queryAs(TableView.class);
        FxWait.until(() -> vehicles.getItems().size() == 1);
        robot.clickOn("#fleetNewVehicle");
        FxWait.until(() -> robot.lookup("#vehicleSave").tryQuery().isPresent());
        Button save = robot.lookup("#vehicleSave").queryAs(Button.class);
        Label problem = robot.lookup("#vehicleProblem").queryAs(Label.class);
        assertThat(save.isDisabled()).as("no plate yet").isTrue();
        type(robot, "#vehiclePlate", "reg 1");
        type(robot, "#vehicleVin", "1HGCM82633A00435I");
        type(robot, "#vehicleMake", "Toyota");
        type(robot, "#vehicleModel", "Hiace");
        type(robot, "#vehicleYear", "2020");
        FxWait.until(() -> problem.getText().contains("without I, O or Q"));
        assertThat(save.isDisabled()).isTrue();
        type(robot, "#vehicleVin", "1HGCM82633A004352");
        FxWait.until(() -> !save.isDisabled());
        robot.interact(() -> {
            ChoiceBox<Object> garage = robot.lookup("#vehicleGarage").queryAs(ChoiceBox.class);
            garage.getSelectionModel().select(1);
        });
        robot.clickOn(save);
        // REG 1 is the van's plate: refused in plant words, the dialog keeps what was typed.
        Label refused = robot.lookup("#vehicleRefused").queryAs(Label.class);
        FxWait.until(() -> refused.getText().contains("Another vehicle already has that plate"));
        assertThat(robot.lookup("#vehicleModel").queryAs(TextField.class).getText())
                .isEqualTo("Hiace");
        type(robot, "#vehiclePlate", "REG 2");
        FxWait.until(() -> !save.isDisabled());
        robot.clickOn(save);
        FxWait.until(() -> robot.lookup("#vehicleSave").tryQuery().isEmpty());
        FxWait.until(() -> vehicles.getItems().stream().anyMatch(v -> v.plate().equals("REG 2")));

        robot.interact(() -> vehicles.getSelectionModel().select(1));
        robot.clickOn("#fleetEditVehicle");
        FxWait.until(() -> robot.lookup("#vehicleSave").tryQuery().isPresent());
        assertThat(robot.lookup("#vehiclePlate").queryAs(TextField.class).getText())
                .isEqualTo("REG 2");
        type(robot, "#vehicleModel", "Hiace Commuter");
        robot.clickOn("#vehicleSave");
        FxWait.until(() -> robot.lookup("#vehicleSave").tryQuery().isEmpty());
        FxWait.until(() -> vehicles.getItems().stream().anyMatch(v -> v.model().equals("Hiace Commuter")));

        robot.clickOn("#fleetGarages");
        FxWait.until(() -> robot.lookup("#garageList").tryQuery().isPresent());
        ListView<RegisterService.GarageRow> garages =
                robot.lookup("#garageList").queryAs(ListView.class);
        FxWait.until(() -> garages.getItems().size() == 1);
        assertThat(garages.getItems().getFirst().vehicles()).isEqualTo(2);
        robot.clickOn("#garageNew");
        type(robot, "#garageName", "South yard");
        type(robot, "#garageAddress", "Road 4");
        robot.clickOn("#garageSave");
        FxWait.until(() -> garages.getItems().size() == 2);
        robot.interact(() -> garages.getSelectionModel()
                .select(garages.getItems().stream()
                        .filter(g -> g.vehicles() == 2)
                        .findFirst()
                        .orElseThrow()));
        robot.clickOn("#garageRemove");
        Label garageProblem = robot.lookup("#garageProblem").queryAs(Label.class);
        FxWait.until(() -> garageProblem.getText().contains("still keeps vehicles"));
        robot.interact(() -> garages.getScene().getWindow().hide());
        assertThat(errors).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aFlaggedReadingIsFoundAndCorrectedAndALocationChecked(FxRobot robot) throws Exception {
        TableView<VehicleOverview> vehicles = robot.lookup("#fleetVehicles").queryAs(TableView.class);
        FxWait.until(() -> !vehicles.getItems().isEmpty());
        robot.interact(() -> vehicles.getSelectionModel().select(0));
        ListView<TimelineRow> list = robot.lookup("#fleetTimeline").queryAs(ListView.class);
        FxWait.until(() -> list.getItems().size() >= 4);
        robot.interact(
                () -> robot.lookup("#fleetToCheck").queryAs(CheckBox.class).setSelected(true));
        FxWait.until(() -> list.getItems().size() == 2);
        robot.interact(() -> list.getSelectionModel().select(1));
        assertThat(((TimelineRow.Event) list.getSelectionModel().getSelectedItem())
                        .event()
                        .id())
                .isEqualTo(flagged.id());
        robot.clickOn("#fleetCheck");
        FxWait.until(() -> robot.lookup("#reviewCorrect").tryQuery().isPresent());
        Button correct = robot.lookup("#reviewCorrect").queryAs(Button.class);
        type(robot, "#reviewOdometer", "21000");
        assertThat(correct.isDisabled()).as("no reason yet").isTrue();
        type(robot, "#reviewReason", "A digit left out");
        FxWait.until(() -> !correct.isDisabled());
        robot.clickOn(correct);
        FxWait.until(() -> robot.lookup("#reviewCorrect").tryQuery().isEmpty());
        FxWait.until(() -> list.getItems().isEmpty());
        assertThat(new EventService(db.jdbiAs(planner), Clock.systemUTC())
                        .find(flagged.id())
                        .orElseThrow()
                        .odometer())
                .isEqualByComparingTo("21000");
        robot.interact(
                () -> robot.lookup("#fleetToCheck").queryAs(CheckBox.class).setSelected(false));
        FxWait.until(() -> list.getItems().size() >= 4);

        robot.clickOn("#fleetNew");
        FxWait.until(() -> robot.lookup("#eventSave").tryQuery().isPresent());
        Button save = robot.lookup("#eventSave").queryAs(Button.class);
        Label problem = robot.lookup("#eventProblem").queryAs(Label.class);
        robot.interact(() -> robot.lookup("#eventKind").queryAs(ChoiceBox.class).setValue(EventKind.NOTE));
        type(robot, "#eventLatitude", "95");
        type(robot, "#eventLongitude", "90.4");
        FxWait.until(() -> problem.getText().contains("-90 to 90"));
        assertThat(save.isDisabled()).isTrue();
        type(robot, "#eventLatitude", "23.81");
        type(robot, "#eventPlace", "Tongi depot");
        FxWait.until(() -> !save.isDisabled());
        robot.clickOn(save);
        FxWait.until(() -> robot.lookup("#eventSave").tryQuery().isEmpty());
        FxWait.until(() -> list.getItems().stream()
                .anyMatch(r -> r instanceof TimelineRow.Event e
                        && "Tongi depot".equals(e.event().place())));
        // The place on a line of its own under the event's line.
        FxWait.until(() -> robot.lookup("#fleetPlace").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("At Tongi depot")));
        assertThat(errors).isEmpty();
    }
}
