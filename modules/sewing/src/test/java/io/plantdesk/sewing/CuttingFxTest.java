package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.sewing.ui.runs.RunsFeature;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The runs screen's "Cutting" tab driven like a supervisor: a lay typed wrong names each problem
 * beside its field and sends nothing; a right one is recorded and corrected; a save the database
 * refuses (a lay number another client took meanwhile) or another save overtook keeps every typed
 * value and says why; "Make bundles" checks that the sizes add up to the lay's pieces, then cuts
 * the lay once, after which its pieces cannot be changed from the form.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class CuttingFxTest {

    @Test
    void recordCorrectAndBundleALayKeepingWhatWasTyped(FxRobot robot, TestDatabase db) throws Exception {
        Floor floor = Floor.build(db, "CFX");
        RunsFeature feature = new RunsFeature();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (FxTaskRunner tasks = new FxTaskRunner(2)) {
            Stage stage = WaitForAsyncUtils.asyncFx(() -> {
                        FeatureView view = feature.open(FeatureFixture.context(
                                db,
                                floor.supervisor(),
                                tasks,
                                new LiveRefresh(),
                                SectionSettings.none(feature.id()),
                                errors::add));
                        Stage s = new Stage();
                        Scene scene = new Scene((Parent) view.node(), 1280, 728);
                        scene.getStylesheets().addAll(feature.stylesheets());
                        s.setScene(scene);
                        s.show();
                        return s;
                    })
                    .get();
            TableView<?> runs = robot.lookup("#runsTable").queryAs(TableView.class);
            FxWait.until(() -> runs.getItems().size() == 1);
            TabPane side = robot.lookup("#runSide").queryAs(TabPane.class);
            robot.interact(() -> side.getSelectionModel().select(1));
            assertThat(robot.lookup("#cutNoRun").queryAs(Label.class).isVisible())
                    .isTrue();
            // Nothing is loading before a run is chosen (a spinner left up kept the shell waiting).
            Set<Node> spinners = robot.lookup("#cutPane .progress-indicator").queryAll();
            assertThat(spinners.stream().filter(Node::isVisible).count()).isZero();
            robot.interact(() -> runs.getSelectionModel().select(0));
            @SuppressWarnings("unchecked")
            ListView<CuttingRow> lays = robot.lookup("#cutLays").queryAs(ListView.class);
            FxWait.until(() -> lays.getItems().size() == 1); // the fixture's lay 1, in bundles
            TextField layNo = field(robot, "#cutLayNo");
            TextField plies = field(robot, "#cutPlies");
            TextField pieces = field(robot, "#cutPieces");
            TextField fabric = field(robot, "#cutFabric");
            TextField wastage = field(robot, "#cutWastage");
            TextField time = field(robot, "#cutTime");
            TextField minutes = field(robot, "#cutMinutes");
            @SuppressWarnings("unchecked")
            ComboBox<PlantPerson> cutter = robot.lookup("#cutCutter").queryAs(ComboBox.class);
            Label message = robot.lookup("#cutMessage").queryAs(Label.class);
            FxWait.until(() -> layNo.getText().equals("2"));

            // Typed wrong: each field says what is wrong, nothing is sent, nothing typed is lost.
            robot.interact(() -> {
                plies.setText("0");
                pieces.setText("80");
                fabric.setText("5");
                wastage.setText("6");
                time.setText("25:99");
            });
            press(robot, "#cutSave");
            waitFor(message, "Nothing was saved");
            assertThat(text(robot, "#cutPliesError")).startsWith("Plies are a whole number from 1 to 1,000");
            assertThat(text(robot, "#cutWastageError")).isEqualTo("Wastage cannot be more than the fabric used.");
            assertThat(text(robot, "#cutWhenError")).startsWith("Give the day and the time");
            assertThat(robot.lookup("#cutPiecesError").queryAs(Label.class).isVisible())
                    .isFalse();
            assertThat(plies.getText()).isEqualTo("0");
            assertThat(lays(db, floor)).isEqualTo(1);

            // Put right: recorded, listed, and its bundles can now be made.
            robot.interact(() -> {
                plies.setText("40");
                fabric.setText("60");
                wastage.setText("2.5");
                time.setText("7:30");
                minutes.setText("30");
                cutter.setValue(cutter.getItems().stream()
                        .filter(p -> p.id().equals(floor.ana().personId()))
                        .findFirst()
                        .orElseThrow());
            });
            press(robot, "#cutSave");
            waitFor(message, "is recorded");
            assertThat(message.getText()).isEqualTo("Lay 2 is recorded.");
            FxWait.until(() -> lays.getItems().size() == 2);
            CuttingService other = new CuttingService(db.jdbiAs(floor.admin()), Clock.systemUTC());
            CuttingRow two = other.ofRun(floor.run().id()).get(1);
            assertThat(two.plies()).isEqualTo(40);
            assertThat(two.minutes()).isEqualTo(30);
            assertThat(two.cutterId()).isEqualTo(floor.ana().personId());
            assertThat(robot.lookup("#cutBundles").queryAs(Node.class).isVisible())
                    .isTrue();

            // Corrected.
            robot.interact(() -> fabric.setText("61"));
            press(robot, "#cutSave");
            waitFor(message, "is saved");
            assertThat(other.ofRun(floor.run().id()).get(1).fabricUsed()).isEqualByComparingTo("61");

            // Another planner saves it first: ours is refused with why, kept, and a second save wins.
            CuttingRow theirs = other.ofRun(floor.run().id()).get(1);
            other.update(
                    theirs.id(),
                    theirs.version(),
                    new CuttingDraft(
                            theirs.runId(),
                            2,
                            42,
                            80,
                            theirs.fabricUsed(),
                            theirs.wastage(),
                            theirs.cutterId(),
                            theirs.cutAt(),
                            theirs.minutes()));
            robot.interact(() -> pieces.setText("90"));
            press(robot, "#cutSave");
            waitFor(message, "Someone else changed this lay");
            assertThat(pieces.getText()).isEqualTo("90");
            assertThat(plies.getText()).isEqualTo("40");
            press(robot, "#cutSave");
            waitFor(message, "is saved");
            assertThat(other.ofRun(floor.run().id()).get(1).piecesCut()).isEqualTo(90);

            // Make bundles: sizes that do not add up are refused before sending; then cut once.
            Label bundleMessage = robot.lookup("#cutBundleMessage").queryAs(Label.class);
            TextField sizes = field(robot, "#cutSizes");
            robot.interact(() -> sizes.setText("M 50, L 30"));
            press(robot, "#cutMakeBundles");
            waitFor(bundleMessage, "No bundles were made");
            assertThat(text(robot, "#cutSizesError")).isEqualTo("The sizes add up to 80 pieces, but lay 2 cut 90.");
            assertThat(sizes.getText()).isEqualTo("M 50, L 30");
            robot.interact(() -> sizes.setText("M 50, L 40"));
            press(robot, "#cutMakeBundles");
            waitFor(bundleMessage, "bundles made");
            assertThat(bundleMessage.getText()).isEqualTo("5 bundles made from lay 2: tickets 3 to 7.");
            assertThat(bundles(db, theirs)).containsExactly(20, 20, 10, 20, 20);
            FxWait.until(() -> !robot.lookup("#cutBundles").queryAs(Node.class).isVisible());
            assertThat(pieces.isDisabled()).isTrue();

            // Lay 3 taken by another client meanwhile: the database refuses ours, the form keeps it.
            press(robot, "#cutNew");
            FxWait.until(() -> layNo.getText().equals("3"));
            other.create(
                    new CuttingDraft(floor.run().id(), 3, 5, 10, null, BigDecimal.ZERO, null, theirs.cutAt(), null));
            robot.interact(() -> {
                plies.setText("12");
                pieces.setText("24");
            });
            press(robot, "#cutSave");
            waitFor(message, "already recorded");
            assertThat(message.getText()).isEqualTo("That lay number is already recorded for this run.");
            assertThat(layNo.getText()).isEqualTo("3");
            assertThat(pieces.getText()).isEqualTo("24");
            assertThat(lays(db, floor)).isEqualTo(3);
            assertThat(errors).isEmpty();
            WaitForAsyncUtils.asyncFx(stage::close).get();
        }
    }

    /** The tab scrolls, so a button may be below its fold: pressed as a keyboard user would. */
    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitFor(Label message, String what) throws Exception {
        try {
            FxWait.until(30, () -> message.getText().contains(what));
        } catch (TimeoutException e) {
            throw new AssertionError("The message is \"" + message.getText() + "\", not about \"" + what + "\"");
        }
    }

    private static long lays(TestDatabase db, Floor floor) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from sewing.cutting where tenant_id = ?")
                        .bind(0, floor.plant())
                        .mapTo(Long.class)
                        .one());
    }

    private static List<Integer> bundles(TestDatabase db, CuttingRow lay) {
        return db.adminJdbi()
                .withHandle(
                        h -> h.createQuery("select quantity from sewing.bundle where cutting_id = ? order by ticket")
                                .bind(0, lay.id())
                                .mapTo(Integer.class)
                                .list());
    }
}
