package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.sewing.ui.teams.TeamDaysFeature;
import io.plantdesk.sewing.ui.teams.TeamDaysViewModel;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A supervisor imports the published team production file from the team days screen: the file is
 * read and written off the FX thread with progress, the dirty row is listed by line number and
 * reason, and the screen then shows the teams' days the file held (dates moved to its span), which
 * the sewing lines T1..T12 stand for on the floor.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class TeamDaysFxTest {

    @Test
    void theRealFileImportsWithProgressListsItsBadRowAndShowsTheTeamsDays(FxRobot robot, TestDatabase db)
            throws Exception {
        UUID plant = db.createTenant("Team import plant");
        TestUser supervisor = db.createUser(plant, AppRole.SUPERVISOR);
        Path file = TeamDayImportTest.file();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        List<Boolean> pickedOnFx = new CopyOnWriteArrayList<>();
        TeamDaysFeature feature = new TeamDaysFeature(owner -> {
            pickedOnFx.add(Platform.isFxApplicationThread());
            return Optional.of(file);
        });
        try (FxTaskRunner tasks = new FxTaskRunner(2)) {
            FeatureView[] view = new FeatureView[1];
            Stage stage = WaitForAsyncUtils.asyncFx(() -> {
                        view[0] = feature.open(FeatureFixture.context(
                                db,
                                supervisor,
                                tasks,
                                new LiveRefresh(),
                                SectionSettings.none(feature.id()),
                                errors::add));
                        Stage s = new Stage();
                        Scene scene = new Scene((Parent) view[0].node(), 1280, 728);
                        scene.getStylesheets().addAll(feature.stylesheets());
                        s.setScene(scene);
                        view[0].shown();
                        s.show();
                        return s;
                    })
                    .get();
            Button importButton = robot.lookup("#teamsImport").queryAs(Button.class);
            ProgressBar progress = robot.lookup("#teamsProgress").queryAs(ProgressBar.class);
            Label result = robot.lookup("#teamsResult").queryAs(Label.class);
            robot.clickOn(importButton);
            // The click returned while the file is still going in: the FX thread did not wait for it.
            assertThat(pickedOnFx).containsExactly(true);
            FxWait.until(() -> result.getText().startsWith("Imported"));
            assertThat(result.getText())
                    .isEqualTo(
                            "Imported: 1,196 new team days, 0 updated; one row left out, listed below with its line number and reason.");
            assertThat(progress.getProgress()).isEqualTo(1.0);
            assertThat(importButton.isDisabled()).isFalse();

            @SuppressWarnings("unchecked")
            TableView<TeamDaysViewModel.Refused> refused =
                    robot.lookup("#teamsRefused").queryAs(TableView.class);
            assertThat(refused.isVisible()).isTrue();
            assertThat(refused.getItems())
                    .containsExactly(new TeamDaysViewModel.Refused(
                            2, "The date 7/12/1905 is a Wednesday, but the row says Thursday."));

            // The screen moved to the file's days and shows them, as the database holds them.
            DatePicker from = robot.lookup("#teamsFrom").queryAs(DatePicker.class);
            DatePicker to = robot.lookup("#teamsTo").queryAs(DatePicker.class);
            assertThat(from.getValue()).isEqualTo(LocalDate.of(2015, 1, 1));
            assertThat(to.getValue()).isEqualTo(LocalDate.of(2015, 3, 11));
            @SuppressWarnings("unchecked")
            TableView<TeamDay> days = robot.lookup("#teamsTable").queryAs(TableView.class);
            FxWait.until(() -> days.getItems().size() == 1196);
            TeamDay t11 = days.getItems().stream()
                    .filter(d -> d.day().equals(LocalDate.of(2015, 1, 1))
                            && d.team() == 11
                            && d.department().equals("sewing"))
                    .findFirst()
                    .orElseThrow();
            assertThat(t11.workers()).isEqualByComparingTo("30.5");
            assertThat(new TeamDayImport(db.jdbiAs(supervisor), Clock.systemUTC())
                            .days(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 3, 11)))
                    .hasSize(1196);
            // The lines' days, as the floor's dashboards count them: the file's sewing days, on their lines.
            robot.clickOn("#teamsLinesTab");
            @SuppressWarnings("unchecked")
            TableView<LineDay> lineDays = robot.lookup("#teamsLineDays").queryAs(TableView.class);
            assertThat(lineDays.isVisible()).isTrue();
            assertThat(lineDays.getItems()).hasSize(690);
            int t11Row = -1;
            for (int i = 0; i < lineDays.getItems().size(); i++) {
                LineDay d = lineDays.getItems().get(i);
                if (d.day().equals(LocalDate.of(2015, 1, 1)) && d.lineCode().equals("T11")) {
                    t11Row = i;
                }
            }
            assertThat(t11Row).isNotNegative();
            int row = t11Row;
            List<String> shown = WaitForAsyncUtils.asyncFx(() -> lineDays.getColumns().stream()
                            .map(c -> String.valueOf(c.getCellData(row)))
                            .toList())
                    .get();
            assertThat(shown.subList(1, shown.size()))
                    .containsExactly("T11", "1,284", "80.1 %", "80 %", "30.5", "3,660", "0", "Imported");
            // The sewing teams are the floor's lines now.
            assertThat(new FloorSetupService(db.jdbiAs(supervisor), Clock.systemUTC()).lines())
                    .extracting(Line::code)
                    .contains("T1", "T12");
            assertThat(errors).isEmpty();
            WaitForAsyncUtils.asyncFx(() -> {
                        view[0].dispose();
                        stage.close();
                    })
                    .get();
        }
    }
}
