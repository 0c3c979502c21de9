package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.sewing.ui.attendance.AttendanceFeature;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The supervisor's attendance grid: ticking a person fills the shift's minutes, a value typed
 * wrong is named before anything is sent and stays as typed, the sheet is saved in one go, and a
 * save the database refuses (the shift closed meanwhile) keeps every tick and number on screen.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class AttendanceSheetFxTest {

    @Test
    void theGridChecksSavesAndKeepsWhatWasTypedWhenRefused(FxRobot robot, TestDatabase db) throws Exception {
        Floor floor = Floor.build(db, "ATT");
        AttendanceFeature feature = new AttendanceFeature();
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
            FxWait.until(() -> robot.lookup("#attPresent2").tryQuery().isPresent());
            Label shift = robot.lookup("#attShift").queryAs(Label.class);
            assertThat(shift.getText()).startsWith("Morning: ");
            // The shift before: it has ended whenever the test runs, so it can be closed below.
            String current = shift.getText();
            robot.clickOn("#attPrevious");
            FxWait.until(() -> !shift.getText().equals(current)
                    && robot.lookup("#attPresent2").tryQuery().isPresent());
            CheckBox first = robot.lookup("#attPresent1").queryAs(CheckBox.class);
            CheckBox second = robot.lookup("#attPresent2").queryAs(CheckBox.class);
            TextField minutes1 = robot.lookup("#attMinutes1").queryAs(TextField.class);
            TextField overtime2 = robot.lookup("#attOvertime2").queryAs(TextField.class);
            Label message = robot.lookup("#attMessage").queryAs(Label.class);
            Button save = robot.lookup("#attSave").queryAs(Button.class);

            robot.clickOn(first);
            assertThat(minutes1.getText()).isEqualTo("480"); // 06:00 to 14:00
            robot.clickOn(second);
            robot.interact(() -> {
                minutes1.setText("450");
                overtime2.setText("half an hour");
            });
            robot.clickOn(save);
            waitFor(message, "overtime", save);
            assertThat(message.getText()).endsWith(": overtime is a whole number of minutes from 0 to 720.");
            assertThat(overtime2.getText()).isEqualTo("half an hour");
            assertThat(rows(db, floor)).isZero();

            robot.interact(() -> overtime2.setText("30"));
            robot.clickOn(save);
            waitFor(message, "Saved", save);
            assertThat(message.getText()).isEqualTo("Saved: 2 of 2 operators present.");
            assertThat(rows(db, floor)).isEqualTo(2);
            String sums = db.adminJdbi()
                    .withHandle(h -> h.createQuery(
                                    "select sum(minutes_attended) || '/' || sum(overtime_minutes) from sewing.attendance where tenant_id = ?")
                            .bind(0, floor.plant())
                            .mapTo(String.class)
                            .one());
            assertThat(sums).isEqualTo("930/30");

            // The shift is closed meanwhile: unticking Ben is refused, and the screen keeps the sheet as typed.
            OffsetDateTime start = shiftStart(db, floor);
            new ShiftCloseService(db.jdbiAs(floor.supervisor())).close(start, 0);
            robot.clickOn(second);
            robot.interact(() -> minutes1.setText("440"));
            robot.clickOn(save);
            waitFor(message, "closed", save);
            assertThat(message.getText()).startsWith("Shift \"Morning\" of ");
            assertThat(second.isSelected()).isFalse();
            assertThat(minutes1.getText()).isEqualTo("440");
            assertThat(rows(db, floor)).isEqualTo(2);
            assertThat(errors).isEmpty();
            WaitForAsyncUtils.asyncFx(stage::close).get();
        }
    }

    /** Waits for the message to say {@code what}; on a timeout, says what it said instead. */
    private static void waitFor(Label message, String what, Button save) throws Exception {
        try {
            FxWait.until(30, () -> message.getText().contains(what));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The sheet's message is \"" + message.getText() + "\", not about \"" + what
                    + "\" (Save disabled: " + save.isDisabled() + ", in the scene: " + (save.getScene() != null)
                    + ", at " + save.localToScreen(save.getBoundsInLocal()) + ")");
        }
    }

    private static long rows(TestDatabase db, Floor floor) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from sewing.attendance where tenant_id = ?")
                        .bind(0, floor.plant())
                        .mapTo(Long.class)
                        .one());
    }

    private static OffsetDateTime shiftStart(TestDatabase db, Floor floor) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select min(shift_start) from sewing.attendance where tenant_id = ?")
                        .bind(0, floor.plant())
                        .mapTo(OffsetDateTime.class)
                        .one());
    }
}
