package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.fleet.ui.FleetFeature;
import io.plantdesk.fleet.ui.ImportView;
import io.plantdesk.fleet.ui.ImportViewModel;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The LubeLogger import screen on the real database: a file with bad rows is checked, each bad
 * line named with its reason in plant words and nothing imported; a row the database refuses
 * undoes the whole file; a renamed header is mapped by hand; a good file is imported with
 * progress and exported again in the same format. Every step runs off the FX thread.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class ImportViewFxTest {

    static TestDatabase db;
    static TestUser technician;
    static FxTaskRunner tasks;
    static Vehicle van;
    private ImportViewModel vm;

    @TempDir
    Path dir;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Import screen plant");
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        technician = db.createUser(plant, AppRole.TECHNICIAN);
        van = FleetFixture.plant(db, planner, "IMPX 1").van();
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        Messages m = Messages.of("io.plantdesk.fleet.ui.messages", FleetFeature.class);
        vm = new ImportViewModel(
                new FleetService(db.jdbiAs(technician), Clock.systemUTC()),
                new LubeLoggerImport(db.jdbiAs(technician), Clock.systemUTC()),
                new LubeLoggerExport(db.jdbiAs(technician)),
                tasks,
                m);
        stage.setScene(new Scene((Parent) new ImportView(vm, m).build(), 1280, 728));
        stage.show();
        vm.refresh();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ImportViewFxTest.class.getResource(name).toURI());
    }

    int events() {
        return new EventService(db.jdbiAs(technician), Clock.systemUTC())
                .timeline(van.id(), null, Set.of(), false, 500)
                .size();
    }

    @SuppressWarnings("unchecked")
    @Test
    void badRowsAreNamedByLineRefusedRowsUndoTheFileAndAGoodFileImportsAndExports(FxRobot robot) throws Exception {
        FxWait.until(() -> !vm.vehicles().isEmpty());
        robot.interact(() -> vm.vehicleProperty().set(vm.vehicles().getFirst()));
        Button check = robot.lookup("#fleetImportCheck").queryAs(Button.class);
        Button run = robot.lookup("#fleetImportRun").queryAs(Button.class);
        Label status = robot.lookup("#fleetImportStatus").queryAs(Label.class);

        // A LubeLogger export with bad rows: every one named, nothing written, Import stays off.
        robot.interact(() -> vm.open(unchecked(() -> resource("lubelogger-fuel-bad.csv"))));
        FxWait.until(() -> "lubelogger-fuel-bad.csv"
                .equals(robot.lookup("#fleetImportFile").queryAs(Label.class).getText()));
        ComboBox<Integer> date = robot.lookup("#fleetImportColumnDate").queryAs(ComboBox.class);
        assertThat(date.getValue()).as("the header maps itself").isZero();
        assertThat(robot.lookup("#fleetImportColumnMissedFuelUp")
                        .queryAs(ComboBox.class)
                        .getValue())
                .isEqualTo(6);
        FxWait.until(() -> !check.isDisabled());
        robot.clickOn(check);
        TableView<ImportViewModel.Problem> problems =
                robot.lookup("#fleetImportProblems").queryAs(TableView.class);
        FxWait.until(() -> problems.getItems().size() == 5);
        assertThat(problems.getItems())
                .extracting(ImportViewModel.Problem::line)
                .containsExactly(3, 4, 5, 6, 7);
        assertThat(problems.getItems().get(1).reason())
                .isEqualTo("Odometer \"ten thousand\" is not a number (write 1234.5).");
        assertThat(problems.getItems().get(2).reason()).isEqualTo("The fuel consumed must be more than zero.");
        assertThat(problems.isVisible()).isTrue();
        assertThat(status.getText()).isEqualTo("5 lines need fixing in the file; nothing was imported.");
        assertThat(run.isDisabled()).isTrue();
        assertThat(events()).isZero();

        // Rows that read well but one the database refuses (an odometer beyond its column): all or nothing.
        Path refused = dir.resolve("refused.csv");
        Files.writeString(
                refused,
                "Date,Odometer,FuelConsumed,Cost,FuelEconomy,IsFillToFull,MissedFuelUp,Notes,Tags\n"
                        + "1/5/2025,10000,40,5000,0,True,False,,\n"
                        + "1/12/2025,123456789012,20,2500,0,True,False,,\n");
        robot.interact(() -> vm.open(refused));
        FxWait.until(() -> "refused.csv"
                .equals(robot.lookup("#fleetImportFile").queryAs(Label.class).getText()));
        // 1/5 and 1/12 fit both orders: the person says how the file writes them.
        FxWait.until(() -> vm.dateOrderProperty().get() == null);
        robot.interact(() -> vm.dateOrderProperty().set(DateOrder.MONTH_FIRST));
        robot.clickOn(check);
        FxWait.until(() -> !run.isDisabled());
        robot.clickOn(run);
        FxWait.until(() -> problems.getItems().size() == 1);
        assertThat(problems.getItems().getFirst().line()).isEqualTo(3);
        assertThat(status.getText()).isEqualTo("The database refused 1 line, so nothing was imported.");
        assertThat(events()).as("the good first row was undone too").isZero();

        // Renamed columns: two fields mapped by hand, then the file checks and imports with progress.
        robot.interact(() -> vm.open(unchecked(() -> resource("renamed-columns.csv"))));
        FxWait.until(() -> "renamed-columns.csv"
                .equals(robot.lookup("#fleetImportFile").queryAs(Label.class).getText()));
        robot.clickOn(check);
        FxWait.until(() -> status.getText().startsWith("Choose a column for Date, Odometer"));
        robot.interact(() -> {
            robot.lookup("#fleetImportColumnDate").queryAs(ComboBox.class).setValue(0);
            robot.lookup("#fleetImportColumnOdometer").queryAs(ComboBox.class).setValue(1);
            robot.lookup("#fleetImportColumnIsFillToFull")
                    .queryAs(ComboBox.class)
                    .setValue(4);
        });
        robot.clickOn(check);
        TableView<?> preview = robot.lookup("#fleetImportPreview").queryAs(TableView.class);
        FxWait.until(() -> preview.getItems().size() == 2 && !run.isDisabled());
        assertThat(preview.isVisible()).isTrue();
        robot.clickOn(run);
        FxWait.until(() -> status.getText().startsWith("2 records imported"));
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(events()).isEqualTo(2);

        Path out = dir.resolve("export.csv");
        robot.interact(() -> vm.export(out));
        FxWait.until(() -> status.getText().equals("2 records written to export.csv."));
        assertThat(Files.readAllLines(out))
                .first()
                .isEqualTo("Date,Odometer,FuelConsumed,Cost,FuelEconomy,IsFillToFull,MissedFuelUp,Notes,Tags");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theDateOrderIsReadFromTheFileOrAskedFor(FxRobot robot) throws Exception {
        FxWait.until(() -> !vm.vehicles().isEmpty());
        robot.interact(() -> vm.vehicleProperty().set(vm.vehicles().getFirst()));
        ChoiceBox<DateOrder> order = robot.lookup("#fleetImportDateOrder").queryAs(ChoiceBox.class);
        Label note = robot.lookup("#fleetImportDateNote").queryAs(Label.class);
        Label status = robot.lookup("#fleetImportStatus").queryAs(Label.class);
        Label file = robot.lookup("#fleetImportFile").queryAs(Label.class);
        Button check = robot.lookup("#fleetImportCheck").queryAs(Button.class);
        TableView<?> preview = robot.lookup("#fleetImportPreview").queryAs(TableView.class);

        // 19/1/2025 can only be day first: the file says so itself.
        robot.interact(() -> vm.open(unchecked(() -> resource("lubelogger-fuel-day-first.csv"))));
        FxWait.until(() -> "lubelogger-fuel-day-first.csv".equals(file.getText()));
        assertThat(order.getValue()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(note.getText()).isEqualTo("Read from the file's own dates.");
        robot.clickOn(check);
        FxWait.until(() -> preview.getItems().size() == 5);

        // 03.02.2025 fits both: nothing is chosen for the person, and checking says why it cannot start.
        robot.interact(() -> vm.open(unchecked(() -> resource("lubelogger-service-either-order.csv"))));
        FxWait.until(() -> "lubelogger-service-either-order.csv".equals(file.getText()));
        assertThat(order.getValue()).isNull();
        assertThat(note.getText()).isEqualTo("Its dates fit both orders: choose one.");
        robot.clickOn(check);
        FxWait.until(() -> status.getText().startsWith("The file's dates fit both orders"));
        robot.interact(() -> order.setValue(DateOrder.DAY_FIRST));
        robot.clickOn(check);
        FxWait.until(() -> preview.getItems().size() == 3);
        assertThat(((LubeLoggerImport.PreviewRow) preview.getItems().getFirst())
                        .draft()
                        .occurredAt()
                        .atZoneSameInstant(vm.zone())
                        .toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2025, 2, 3));
    }

    interface Io<T> {
        T get() throws Exception;
    }

    static <T> T unchecked(Io<T> io) {
        try {
            return io.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
