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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The runs screen driven like a planner: a form typed wrong names each problem beside its field
 * and sends nothing; a right one creates the run; a save the database refuses (the line removed
 * meanwhile) or that another planner's save overtook keeps every typed value and says why, and
 * saving again after "someone else changed it" puts the typed values over theirs.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class RunsFxTest {

    @Test
    void createEditAndRefusedSavesKeepWhatWasTyped(FxRobot robot, TestDatabase db) throws Exception {
        Floor floor = Floor.build(db, "RFX");
        Line spare =
                new FloorSetupService(db.jdbiAs(floor.supervisor()), Clock.systemUTC()).createLine("L7", "Spare", 40);
        RunsFeature feature = new RunsFeature();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (FxTaskRunner tasks = new FxTaskRunner(2)) {
            FeatureView[] view = new FeatureView[1];
            Stage stage = WaitForAsyncUtils.asyncFx(() -> {
                        view[0] = feature.open(FeatureFixture.context(
                                db,
                                floor.supervisor(),
                                tasks,
                                new LiveRefresh(),
                                SectionSettings.none(feature.id()),
                                errors::add));
                        Stage s = new Stage();
                        Scene scene = new Scene((Parent) view[0].node(), 1280, 728);
                        scene.getStylesheets().addAll(feature.stylesheets());
                        s.setScene(scene);
                        s.show();
                        return s;
                    })
                    .get();
            TableView<?> table = robot.lookup("#runsTable").queryAs(TableView.class);
            FxWait.until(() -> table.getItems().size() == 1);
            @SuppressWarnings("unchecked")
            ComboBox<Line> line = robot.lookup("#runLine").queryAs(ComboBox.class);
            @SuppressWarnings("unchecked")
            ComboBox<Style> style = robot.lookup("#runStyle").queryAs(ComboBox.class);
            TextField order = robot.lookup("#runOrder").queryAs(TextField.class);
            TextField qty = robot.lookup("#runQty").queryAs(TextField.class);
            TextField target = robot.lookup("#runTarget").queryAs(TextField.class);
            DatePicker starts = robot.lookup("#runStarts").queryAs(DatePicker.class);
            DatePicker ends = robot.lookup("#runEnds").queryAs(DatePicker.class);
            Label message = robot.lookup("#runMessage").queryAs(Label.class);

            // Typed wrong: each field says what is wrong, nothing is sent, nothing typed is lost.
            robot.clickOn(order).write("PO-7");
            robot.clickOn(qty).write("0");
            robot.interact(() -> {
                line.getSelectionModel().select(spare);
                style.getSelectionModel().select(0);
                target.setText("250");
                starts.setValue(LocalDate.of(2026, 5, 10));
                ends.setValue(LocalDate.of(2026, 5, 1));
            });
            robot.clickOn("#runSave");
            waitFor(message, "Nothing was saved");
            assertThat(text(robot, "#runQtyError")).startsWith("The order quantity is a whole number");
            assertThat(text(robot, "#runTargetError")).startsWith("The target efficiency is more than 0");
            assertThat(text(robot, "#runDatesError")).isEqualTo("The planned end cannot be before the planned start.");
            assertThat(robot.lookup("#runOrderError").queryAs(Label.class).isVisible())
                    .isFalse();
            assertThat(qty.getText()).isEqualTo("0");
            assertThat(runs(db, floor)).isEqualTo(1);

            // The line is removed meanwhile: the database refuses, the form keeps every value.
            db.adminJdbi()
                    .useHandle(h -> h.execute("update sewing.line set deleted_at = now() where id = ?", spare.id()));
            robot.interact(() -> {
                qty.setText("300");
                target.setText("75");
                ends.setValue(null);
            });
            robot.clickOn("#runSave");
            waitFor(message, "no longer in use");
            assertThat(message.getText())
                    .startsWith("This line is no longer in use, so a run cannot be planned on it.");
            assertThat(order.getText()).isEqualTo("PO-7");
            assertThat(qty.getText()).isEqualTo("300");
            assertThat(target.getText()).isEqualTo("75");
            assertThat(line.getValue()).isEqualTo(spare);
            assertThat(runs(db, floor)).isEqualTo(1);

            // On a line in use it is planned and listed.
            robot.interact(() -> line.getSelectionModel().select(floor.line()));
            robot.clickOn("#runSave");
            waitFor(message, "is planned");
            assertThat(message.getText()).isEqualTo("Run PO-7 is planned.");
            FxWait.until(() -> table.getItems().size() == 2);
            assertThat(runs(db, floor)).isEqualTo(2);

            // Another planner saves it first: ours is refused with why, kept, and a second save wins.
            RunService other = new RunService(db.jdbiAs(floor.admin()), Clock.systemUTC());
            RunRow theirs = other.page(null, 10, 0).stream()
                    .filter(r -> r.orderRef().equals("PO-7"))
                    .findFirst()
                    .orElseThrow();
            other.update(
                    theirs.id(),
                    theirs.version(),
                    new RunDraft(
                            theirs.lineId(),
                            theirs.styleId(),
                            "PO-7",
                            310,
                            theirs.targetEfficiency(),
                            theirs.startsOn(),
                            null));
            robot.interact(() -> qty.setText("320"));
            robot.clickOn("#runSave");
            waitFor(message, "Someone else changed this run");
            assertThat(qty.getText()).isEqualTo("320");
            assertThat(other.one(theirs.id()).orderQty()).isEqualTo(310);
            robot.clickOn("#runSave");
            waitFor(message, "is saved");
            assertThat(other.one(theirs.id()).orderQty()).isEqualTo(320);
            assertThat(errors).isEmpty();
            WaitForAsyncUtils.asyncFx(stage::close).get();
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitFor(Label message, String what) throws Exception {
        try {
            FxWait.until(30, () -> message.getText().contains(what));
        } catch (TimeoutException e) {
            throw new AssertionError("The form's message is \"" + message.getText() + "\", not about \"" + what + "\"");
        }
    }

    private static long runs(TestDatabase db, Floor floor) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from sewing.run where tenant_id = ?")
                        .bind(0, floor.plant())
                        .mapTo(Long.class)
                        .one());
    }
}
