package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.activity.ui.ActivityView;
import io.plantdesk.platform.rollup.RollupJobStatus;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Activity dashboard and the Operations view on the demo plant, driven as an admin would. */
class DashboardsFxTest extends AppFxTestBase {

    @Start
    void start(Stage stage) {
        showLogin(stage);
    }

    @Test
    void anAdminSeesActivityDrillsIntoADayAndRunsARollup(FxRobot robot) throws Exception {
        openDemo(robot);

        openFeature(robot, "operations");
        FxAppFixture.waitUntil(() ->
                !robot.lookup("#jobsTable").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<RollupJobStatus> jobs = robot.lookup("#jobsTable").queryAs(TableView.class);
        robot.interact(() -> jobs.getSelectionModel()
                .select(jobs.getItems().stream()
                        .filter(j -> j.job().equals("activity"))
                        .findFirst()
                        .orElseThrow()));
        robot.clickOn("#runNow");
        Label status = robot.lookup("#runStatus").queryAs(Label.class);
        FxAppFixture.waitUntil(() -> status.getText()
                        .matches(
                                "activity: (one period|[\\d,]+ periods) recomputed from (no rows|one row|[\\d,]+ rows)")
                || status.getText().equals("activity is up to date.")
                || status.getText().contains("another client"));
        FxAppFixture.waitUntil(
                () -> jobs.getItems().stream().anyMatch(j -> j.job().equals("activity") && j.pendingBuckets() == 0));
        // The reload after "Run now" keeps the job selected.
        assertThat(jobs.getSelectionModel().getSelectedItem()).isNotNull();
        assertThat(jobs.getSelectionModel().getSelectedItem().job()).isEqualTo("activity");

        openFeature(robot, "activity");
        FxAppFixture.waitUntil(() -> !robot.lookup("#activityChart")
                .queryAs(BarChart.class)
                .getData()
                .isEmpty());
        BarChart<?, ?> chart = robot.lookup("#activityChart").queryAs(BarChart.class);
        assertThat(chart.getData().getFirst().getData()).hasSizeGreaterThan(15);
        assertThat(robot.lookup("#activityPeople").queryAs(TableView.class).getItems())
                .isNotEmpty();
        Node lastBar = chart.getData().getFirst().getData().getLast().getNode();
        robot.clickOn(lastBar);
        FxAppFixture.waitUntil(() -> !robot.lookup("#activityEntries")
                .queryAs(TableView.class)
                .getItems()
                .isEmpty());
        // The chosen day stands out, styled by the activity module's own stylesheet.
        FxAppFixture.waitUntil(() -> lastBar.getStyleClass().contains(ActivityView.SELECTED));
        assertThat(lastBar.getScene().getStylesheets())
                .anyMatch(css -> css.endsWith("io/plantdesk/activity/ui/activity.css"));
        // In plain words: names and sentences, never login roles, table names, INSERT or JSON.
        TableView<?> entries = robot.lookup("#activityEntries").queryAs(TableView.class);
        for (int col = 0; col < entries.getColumns().size(); col++) {
            for (int row = 0; row < entries.getItems().size(); row++) {
                assertThat(String.valueOf(entries.getColumns().get(col).getCellData(row)))
                        .doesNotContain("demo_")
                        .doesNotContain("core.")
                        .doesNotContain("INSERT")
                        .doesNotContain("UPDATE")
                        .doesNotContain("{\"")
                        .doesNotContain("postgres");
            }
        }
    }
}
