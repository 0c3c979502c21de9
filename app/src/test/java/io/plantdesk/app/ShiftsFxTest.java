package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.shifts.ShiftPattern;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** An admin adds a shift to the demo plant's calendar: an overlap is refused and nothing typed is lost. */
class ShiftsFxTest extends AppFxTestBase {

    @Start
    void start(Stage stage) {
        showLogin(stage);
    }

    @Test
    void anAdminAddsAShiftAfterAnOverlapIsRefused(FxRobot robot) throws Exception {
        openDemo(robot);
        openFeature(robot, "shifts");
        FxAppFixture.waitUntil(() -> robot.lookup("#shiftTable")
                .tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty())
                .orElse(false));
        @SuppressWarnings("unchecked")
        TableView<ShiftPattern> table = robot.lookup("#shiftTable").queryAs(TableView.class);
        // The demo plant's calendar: morning, evening and night, Monday to Friday.
        assertThat(table.getItems()).extracting(ShiftPattern::name).containsExactly("Morning", "Evening", "Night");

        robot.clickOn("#addShift");
        FxAppFixture.waitUntil(() -> robot.lookup("#shiftName").tryQuery().isPresent());
        robot.clickOn("#shiftName").write("Overtime");
        robot.clickOn("#shiftStarts").write("13:00");
        robot.clickOn("#shiftEnds").write("15:00");
        robot.clickOn("#shiftSave");
        Label error = robot.lookup("#shiftError").queryAs(Label.class);
        FxAppFixture.waitUntil(() -> error.getText().contains("overlaps the shift \"Morning\""));
        assertThat(robot.lookup("#shiftName").queryAs(TextField.class).getText())
                .isEqualTo("Overtime");
        assertThat(robot.lookup("#shiftStarts").queryAs(TextField.class).getText())
                .isEqualTo("13:00");

        // A break outside the shift is refused too.
        robot.interact(() -> {
            for (int d = 1; d <= 5; d++) {
                robot.lookup("#shiftDay" + d).queryAs(CheckBox.class).setSelected(false);
            }
            robot.lookup("#shiftDay6").queryAs(CheckBox.class).setSelected(true);
        });
        robot.clickOn("#shiftBreaks").write("16:00 15");
        robot.clickOn("#shiftSave");
        FxAppFixture.waitUntil(() -> error.getText().contains("The break at 16:00"));

        // On Saturdays nothing overlaps: saved, and the table shows it.
        robot.interact(
                () -> robot.lookup("#shiftBreaks").queryAs(TextField.class).setText("14:00 15"));
        robot.clickOn("#shiftSave");
        FxAppFixture.waitUntil(() -> robot.lookup("#shiftName").tryQuery().isEmpty());
        FxAppFixture.waitUntil(() -> table.getItems().size() == 4);
        ShiftPattern saved = table.getItems().stream()
                .filter(s -> s.name().equals("Overtime"))
                .findFirst()
                .orElseThrow();
        assertThat(saved.days()).containsExactly(java.time.DayOfWeek.SATURDAY);
        assertThat(saved.paidMinutes()).isEqualTo(105);
    }
}
