package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.fleet.ui.FleetFeature;
import io.plantdesk.fleet.ui.RemindersFeature;
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
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The reminders screen: most urgent first with their states, a reminder planned (Save off until it
 * reads), one marked done (its next occurrence appears), the vehicle filter, the garage calendar
 * written and read back; and the fleet screen's title and next-reminder column.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class RemindersViewFxTest {

    static TestDatabase db;
    static TestUser planner;
    static FxTaskRunner tasks;
    static Vehicle van;
    static Vehicle truck;
    static LocalDate today;

    @TempDir
    static Path dir;

    private final LiveRefresh live = new LiveRefresh();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private FeatureView view;
    private FeatureView fleetView;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Reminder screen");
        planner = db.createUser(plant, AppRole.PLANNER);
        FleetFixture depot = FleetFixture.plant(db, planner, "RMS 1");
        van = depot.van();
        truck = new FleetService(db.jdbiAs(planner), Clock.systemUTC())
                .createVehicle(VehicleDraft.of(
                        "RMS 2", "Tata", "LPT", "diesel", depot.garage().id()));
        new EventService(db.jdbiAs(planner), Clock.systemUTC())
                .record(EventDraft.of(
                        van.id(),
                        EventKind.ODOMETER,
                        OffsetDateTime.now(ZoneOffset.UTC).minusHours(2),
                        BigDecimal.valueOf(40_000),
                        null,
                        null));
        ReminderService reminders = new ReminderService(db.jdbiAs(planner), Clock.systemUTC());
        today = LocalDate.now(new FleetService(db.jdbiAs(planner), Clock.systemUTC()).plantZone());
        reminders.create(ReminderDraft.byDate(van.id(), "Road tax", today.minusDays(2), 12));
        reminders.create(ReminderDraft.byOdometer(van.id(), "Tyres", BigDecimal.valueOf(40_200), null));
        reminders.create(ReminderDraft.byDate(truck.id(), "Fitness certificate", today.plusDays(90), null));
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        var context = FeatureFixture.context(db, planner, tasks, live, SectionSettings.none("fleet"), errors::add);
        view = new RemindersFeature().open(context, (owner, name) -> Optional.of(dir.resolve(name)));
        fleetView = new FleetFeature().open(context);
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
    }

    @SuppressWarnings("unchecked")
    @Test
    void planMarkDoneFilterAndExport(FxRobot robot) throws Exception {
        TableView<Reminder> table = robot.lookup("#remindersTable").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().size() == 3);
        assertThat(table.getItems())
                .extracting(Reminder::title)
                .containsExactly("Road tax", "Tyres", "Fitness certificate");
        assertThat(table.getItems())
                .extracting(Reminder::state)
                .containsExactly(ReminderState.OVERDUE, ReminderState.DUE_SOON, ReminderState.UPCOMING);
        // The cells take the new rows on the next pulse.
        FxWait.until(
                () -> !robot.lookup(".table-cell.reminder-overdue").queryAll().isEmpty());
        assertThat(robot.lookup(".page-title").queryAs(Label.class).getText()).isEqualTo("Reminders");

        robot.clickOn("#remindersNew");
        FxWait.until(() -> robot.lookup("#reminderSave").tryQuery().isPresent());
        Button save = robot.lookup("#reminderSave").queryAs(Button.class);
        assertThat(save.isDisabled()).as("no title, nothing due").isTrue();
        robot.interact(() -> {
            robot.lookup("#reminderVehicle").queryAs(ChoiceBox.class).setValue(truck);
            robot.lookup("#reminderTitle").queryAs(TextField.class).setText("Brake check");
            robot.lookup("#reminderEveryMonths").queryAs(TextField.class).setText("6");
        });
        assertThat(robot.lookup("#reminderProblem").queryAs(Label.class).getText())
                .contains("the reading, or both");
        assertThat(save.isDisabled()).isTrue();
        robot.interact(
                () -> robot.lookup("#reminderDueOn").queryAs(DatePicker.class).setValue(today.plusDays(5)));
        FxWait.until(() -> !save.isDisabled());
        robot.clickOn(save);
        FxWait.until(() -> robot.lookup("#reminderSave").tryQuery().isEmpty());
        FxWait.until(() -> table.getItems().size() == 4);
        assertThat(table.getItems().get(1).title())
                .as("due soon, a day before the reading-only one")
                .isEqualTo("Brake check");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#remindersComplete");
        FxWait.until(() -> robot.lookup("#reminderDoneSave").tryQuery().isPresent());
        assertThat(robot.lookup("#reminderDoneOdometer")
                        .queryAs(TextField.class)
                        .getText())
                .isEqualTo("40000");
        robot.clickOn("#reminderDoneSave");
        FxWait.until(() -> robot.lookup("#reminderDoneSave").tryQuery().isEmpty());
        FxWait.until(() -> table.getItems().stream()
                .anyMatch(r -> r.title().equals("Road tax") && r.dueOn().equals(today.plusMonths(12))));
        assertThat(robot.lookup("#remindersMessage").queryAs(Label.class).getText())
                .contains("Road tax is marked done");

        robot.interact(() -> robot.lookup("#remindersVehicle")
                .queryAs(ChoiceBox.class)
                .setValue(robot.lookup("#remindersVehicle").queryAs(ChoiceBox.class).getItems().stream()
                        .filter(v -> v != null && ((Vehicle) v).id().equals(van.id()))
                        .findFirst()
                        .orElseThrow()));
        FxWait.until(() -> table.getItems().size() == 2
                && table.getItems().stream().allMatch(r -> r.vehicleId().equals(van.id())));

        robot.clickOn("#remindersExport");
        Path file = dir.resolve("fleet-reminders.ics");
        FxWait.until(() -> Files.exists(file)
                && robot.lookup("#remindersMessage")
                        .queryAs(Label.class)
                        .getText()
                        .contains("saved"));
        var cal = new CalendarBuilder().build(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        assertThat(events)
                .extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .containsExactlyInAnyOrder("RMS 1: Road tax", "RMS 2: Brake check", "RMS 2: Fitness certificate");
        // "Tyres" is due only by reading: it has no day, so it is not in the file, and the person is told.
        assertThat(robot.lookup("#remindersMessage").queryAs(Label.class).getText())
                .contains("with 3 reminders.")
                .contains("1 reminder due only by odometer reading is not in it");
        assertThat(errors).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theFleetScreenHasItsTitleAndEachVehiclesNextReminder(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#remindersTable")
                .queryAs(TableView.class)
                .getScene()
                .setRoot((Parent) fleetView.node()));
        fleetView.shown();
        TableView<VehicleOverview> vehicles = robot.lookup("#fleetVehicles").queryAs(TableView.class);
        FxWait.until(() -> vehicles.getItems().size() == 2);
        Node title = robot.lookup("#fleetTitle").query();
        assertThat(((Label) title).getText()).isEqualTo("Fleet");
        assertThat(title.getStyleClass()).contains("page-title");
        // The other test may have marked the road tax done: the most urgent is whatever the list puts first.
        Reminder first = new ReminderService(db.jdbiAs(planner), Clock.systemUTC())
                .list(van.id(), false)
                .getFirst();
        VehicleOverview line = vehicles.getItems().stream()
                .filter(v -> v.id().equals(van.id()))
                .findFirst()
                .orElseThrow();
        assertThat(line.nextTitle()).isEqualTo(first.title());
        assertThat(line.nextReminderState()).isEqualTo(first.state());
        String style = ".table-cell.reminder-" + first.state().dbValue().replace('_', '-');
        assertThat(robot.lookup(style).queryAll())
                .as("coloured by state")
                .anyMatch(n ->
                        ((javafx.scene.control.TableCell<?, ?>) n).getText().startsWith(first.title()));
    }
}
