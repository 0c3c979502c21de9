package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.sewing.ui.setup.SetupFeature;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import io.plantdesk.ui.theme.Theme;
import io.plantdesk.ui.theme.UiMode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The set-up screen driven as a supervisor of a plant with no lines yet: the empty list says what
 * to do; a line is created and edited; a duplicate code is named beside the field before sending,
 * and one the database refuses (made meanwhile on another PC) keeps the typed text; then an
 * operator is recorded, with the same for a duplicate employee number. A technician sees the
 * lists without a form.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class LineSetupFxTest {

    @Test
    void aSupervisorSetsUpLinesAndOperatorsAndARefusalKeepsWhatWasTyped(FxRobot robot, TestDatabase db)
            throws Exception {
        UUID plant = db.createTenant("Set-up plant");
        TestUser supervisor = db.createUser(plant, AppRole.SUPERVISOR);
        TestUser ana = db.createUser(plant, AppRole.OPERATOR);
        TestUser ben = db.createUser(plant, AppRole.OPERATOR);
        TestUser cai = db.createUser(plant, AppRole.OPERATOR);
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (FxTaskRunner tasks = new FxTaskRunner(2)) {
            Stage stage = open(db, supervisor, tasks, errors);
            FxWait.until(() -> robot.lookup((Node n) -> n instanceof Labeled l && "No lines yet".equals(l.getText()))
                    .tryQuery()
                    .isPresent());
            look(stage, "empty");

            TextField code = robot.lookup("#setupLineCode").queryAs(TextField.class);
            TextField name = robot.lookup("#setupLineName").queryAs(TextField.class);
            TextField target = robot.lookup("#setupLineTarget").queryAs(TextField.class);
            Label message = robot.lookup("#setupLineMessage").queryAs(Label.class);
            @SuppressWarnings("unchecked")
            ListView<SetupLine> lines = robot.lookup("#setupLines").queryAs(ListView.class);

            robot.clickOn(code).write("A1");
            robot.clickOn(name).write("Line A");
            robot.interact(() -> target.setText("forty"));
            robot.clickOn("#setupSaveLine");
            assertThat(problem(robot, "#setupLineTargetProblem"))
                    .isEqualTo("The hourly target is a whole number of pieces from 0 to 100000.");
            assertThat(lines.getItems()).isEmpty();
            robot.interact(() -> target.setText("40"));
            robot.clickOn("#setupSaveLine");
            waitFor(message, "saved");
            assertThat(message.getText()).isEqualTo("Line A1 saved.");
            FxWait.until(() -> lines.getItems().size() == 1);

            // Edit: the saved line stays in the form; a new name is saved over it.
            robot.interact(() -> name.setText("Line A, front"));
            robot.clickOn("#setupSaveLine");
            FxWait.until(() -> !lines.getItems().isEmpty()
                    && lines.getItems().getFirst().name().equals("Line A, front"));

            // A duplicate the screen knows of is named beside the field; nothing is sent.
            robot.clickOn("#setupNewLine");
            robot.clickOn(code).write("a1");
            robot.clickOn(name).write("Second");
            robot.clickOn("#setupSaveLine");
            assertThat(problem(robot, "#setupLineCodeProblem")).isEqualTo("Another line already has the code a1.");
            // One made meanwhile on another PC: the database refuses it and the form keeps the text.
            new LineSetupService(db.jdbiAs(supervisor), Clock.systemUTC(), Optional.empty())
                    .saveLine(null, 0, new LineDraft("B1", "Made elsewhere", 10, true, List.of()));
            robot.interact(() -> code.setText("B1"));
            robot.clickOn("#setupSaveLine");
            waitFor(message, "Another line");
            assertThat(message.getText()).isEqualTo("Another line already has that code.");
            assertThat(code.getText()).isEqualTo("B1");
            assertThat(name.getText()).isEqualTo("Second");

            // Operators: Ana gets a number and line A1.
            robot.clickOn("#setupShowOperators");
            FxWait.until(() -> robot.lookup("#setupOperatorPerson")
                            .queryAs(ComboBox.class)
                            .getItems()
                            .size()
                    >= 3);
            TextField number = robot.lookup("#setupOperatorNumber").queryAs(TextField.class);
            Label saidOp = robot.lookup("#setupOperatorMessage").queryAs(Label.class);
            choosePerson(robot, ana);
            robot.clickOn(number).write("E-1");
            robot.interact(() -> {
                @SuppressWarnings("unchecked")
                ComboBox<SetupLine> line = robot.lookup("#setupOperatorLine").queryAs(ComboBox.class);
                line.setValue(line.getItems().stream()
                        .filter(l -> l.code().equals("A1"))
                        .findFirst()
                        .orElseThrow());
            });
            robot.clickOn("#setupSaveOperator");
            waitFor(saidOp, "saved");
            @SuppressWarnings("unchecked")
            ListView<SetupOperator> operators = robot.lookup("#setupOperators").queryAs(ListView.class);
            FxWait.until(() -> operators.getItems().size() == 1);
            assertThat(operators.getItems().getFirst().employeeNo()).isEqualTo("E-1");
            assertThat(operators.getItems().getFirst().lineCode()).isEqualTo("A1");

            // Ben with Ana's number: named before sending, typed text kept.
            robot.clickOn("#setupNewOperator");
            choosePerson(robot, ben);
            robot.clickOn(number).write("e-1");
            robot.clickOn("#setupSaveOperator");
            assertThat(problem(robot, "#setupOperatorNumberProblem")).startsWith("Employee number e-1 is already ");
            // Cai took E-2 on another PC meanwhile: the database refuses Ben's E-2, the form keeps it.
            new LineSetupService(db.jdbiAs(supervisor), Clock.systemUTC(), Optional.empty())
                    .saveOperator(0, new OperatorEntry(cai.personId(), "E-2", 1, null, true));
            robot.interact(() -> number.setText("E-2"));
            robot.clickOn("#setupSaveOperator");
            waitFor(saidOp, "employee number");
            assertThat(saidOp.getText()).isEqualTo("Another operator of the plant already has that employee number.");
            assertThat(number.getText()).isEqualTo("E-2");
            assertThat(errors).isEmpty();
            WaitForAsyncUtils.asyncFx(stage::close).get();
        }
    }

    @Test
    void aTechnicianSeesTheListsWithoutForms(FxRobot robot, TestDatabase db) throws Exception {
        Floor floor = Floor.build(db, "LSR");
        TestUser technician = db.createUser(floor.plant(), AppRole.TECHNICIAN);
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (FxTaskRunner tasks = new FxTaskRunner(2)) {
            Stage stage = open(db, technician, tasks, errors);
            @SuppressWarnings("unchecked")
            ListView<SetupLine> lines = robot.lookup("#setupLines").queryAs(ListView.class);
            FxWait.until(() -> lines.getItems().size() == 1);
            assertThat(robot.lookup("#setupReadOnly").tryQuery()).isPresent();
            assertThat(robot.lookup("#setupNewLine").tryQuery()).isEmpty();
            assertThat(robot.lookup("#setupSaveLine").tryQuery()).isEmpty();
            assertThat(robot.lookup("#setupSaveOperator").tryQuery()).isEmpty();
            assertThat(errors).isEmpty();
            WaitForAsyncUtils.asyncFx(stage::close).get();
        }
    }

    private static Stage open(TestDatabase db, TestUser user, FxTaskRunner tasks, List<Throwable> errors)
            throws Exception {
        SetupFeature feature = new SetupFeature();
        return WaitForAsyncUtils.asyncFx(() -> {
                    FeatureView view = feature.open(FeatureFixture.context(
                            db, user, tasks, new LiveRefresh(), SectionSettings.none(feature.id()), errors::add));
                    Stage s = new Stage();
                    Scene scene = new Scene((Parent) view.node(), 1280, 728);
                    scene.getStylesheets().addAll(feature.stylesheets());
                    s.setScene(scene);
                    s.show();
                    return s;
                })
                .get();
    }

    /**
     * Pictures of the screen as it stands, in the app's theme in Desk and Floor mode, in
     * target/screens (to look at; the design lint's own walk sees the demo plant, never an empty one).
     */
    private static void look(Stage stage, String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    Scene scene = stage.getScene();
                    try {
                        Theme.applyBase(false);
                        Theme.install(scene);
                        for (UiMode mode : UiMode.values()) {
                            Theme.applyMode(scene.getRoot(), mode);
                            scene.getRoot().applyCss();
                            scene.getRoot().layout();
                            write(
                                    scene.snapshot(null),
                                    "sewing-setup-" + name + "-" + mode.name().toLowerCase(Locale.ROOT));
                        }
                    } finally {
                        Theme.applyMode(scene.getRoot(), UiMode.DESK);
                        Application.setUserAgentStylesheet(null); // the other screen tests run on the default
                    }
                    return null;
                })
                .get();
    }

    private static void write(WritableImage img, String name) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try {
            Path file = Path.of("target", "screens", name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void choosePerson(FxRobot robot, TestUser who) {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<PlantPerson> person = robot.lookup("#setupOperatorPerson").queryAs(ComboBox.class);
            person.setValue(person.getItems().stream()
                    .filter(p -> p.id().equals(who.personId()))
                    .findFirst()
                    .orElseThrow());
        });
    }

    private static String problem(FxRobot robot, String id) throws Exception {
        Label l = robot.lookup(id).queryAs(Label.class);
        FxWait.until(() -> l.isVisible() && !l.getText().isEmpty());
        return l.getText();
    }

    private static void waitFor(Label message, String what) throws Exception {
        try {
            FxWait.until(30, () -> message.getText().contains(what));
        } catch (TimeoutException e) {
            throw new AssertionError("The message is \"" + message.getText() + "\", not about \"" + what + "\"");
        }
    }
}
