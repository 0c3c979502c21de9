package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.sewing.ui.FloorStatusFeature;
import io.plantdesk.sewing.ui.ScanStationFeature;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scan station driven like a keyboard-wedge scanner (code typed, Enter), and the floor status
 * with a stop started and ended from its downtime panel; both on a real database.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class SewingScreensFxTest {

    static TestDatabase db;
    static Floor floor;
    static FxTaskRunner tasks;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    // Disposed after each test: a screen's refresh timer must not outlive the test's task runner.
    private final List<FeatureView> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        floor = Floor.build(db, "FX");
        tasks = new FxTaskRunner(4);
    }

    @org.junit.jupiter.api.AfterEach
    void dispose() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> opened.forEach(FeatureView::dispose)).get();
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    private Stage show(FxRobot robot, Feature feature, TestUser user) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    FeatureView view = feature.open(FeatureFixture.context(
                            db, user, tasks, new LiveRefresh(), SectionSettings.none(feature.id()), errors::add));
                    opened.add(view);
                    Stage stage = new Stage();
                    Scene scene = new Scene((Parent) view.node(), 1280, 728);
                    scene.getStylesheets().addAll(feature.stylesheets());
                    stage.setScene(scene);
                    view.shown();
                    stage.show();
                    return stage;
                })
                .get();
    }

    @Test
    void aScannerTypesTheCodeAndEnterRecordsThenASecondScanIsRefusedLoudly(FxRobot robot) throws Exception {
        Stage stage = show(robot, new ScanStationFeature(), floor.ana());
        @SuppressWarnings("unchecked")
        ComboBox<Object> operation = robot.lookup("#scanOperation").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<LineMember> operator = robot.lookup("#scanOperator").queryAs(ComboBox.class);
        FxWait.until(() -> !operation.getItems().isEmpty());
        // Ana is at her own station: she is picked already.
        assertThat(operator.getValue().personId()).isEqualTo(floor.ana().personId());
        robot.interact(() -> operation.getSelectionModel().select(1)); // TS-100 · 20 Hem
        TextField code = robot.lookup("#scanCode").queryAs(TextField.class);
        robot.clickOn(code);
        Bundle b = floor.bundles().get(0);
        robot.write(b.qrCode()).press(KeyCode.ENTER).release(KeyCode.ENTER);
        Label answer = robot.lookup("#scanAnswer").queryAs(Label.class);
        FxWait.until(() -> answer.getText().startsWith("Recorded"));
        assertThat(answer.getText())
                .isEqualTo("Recorded: bundle " + b.ticket() + " (TS-100), \"Hem\" by "
                        + operator.getValue().displayName() + ", 20 pieces.");
        assertThat(answer.getStyleClass()).contains("scan-ok");
        assertThat(code.getText()).isEmpty();
        FxWait.until(code::isFocused);

        // The same ticket again, by Ben: refused, naming Ana.
        robot.interact(() -> operator.getSelectionModel()
                .select(operator.getItems().stream()
                        .filter(p -> p.personId().equals(floor.ben().personId()))
                        .findFirst()
                        .orElseThrow()));
        robot.clickOn(code);
        robot.write(b.qrCode()).press(KeyCode.ENTER).release(KeyCode.ENTER);
        FxWait.until(() -> answer.getText().startsWith("Refused"));
        String anaName = db.adminJdbi()
                .withHandle(h -> h.createQuery("select display_name from core.person where id = ?")
                        .bind(0, floor.ana().personId())
                        .mapTo(String.class)
                        .one());
        assertThat(answer.getText())
                .startsWith("Refused: bundle " + b.ticket() + ", \"Hem\" was already scanned by " + anaName);
        assertThat(answer.getStyleClass()).contains("scan-refused");
        long scans = db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from sewing.bundle_scan where bundle_id = ?")
                        .bind(0, b.id())
                        .mapTo(Long.class)
                        .one());
        assertThat(scans).isEqualTo(1L);
        assertThat(errors).isEmpty();
        robot.interact(stage::close);
    }

    @Test
    void theFloorShowsTheLineAndAStopStartedAndEndedFromItsPanel(FxRobot robot) throws Exception {
        Stage stage = show(robot, new FloorStatusFeature(), floor.supervisor());
        FxWait.until(() -> robot.lookup("#floorKpis")
                        .queryAs(javafx.scene.layout.Pane.class)
                        .getChildren()
                        .size()
                == 4);
        @SuppressWarnings("unchecked")
        ComboBox<Line> line = robot.lookup("#downLine").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<DowntimeReason> reason = robot.lookup("#downReason").queryAs(ComboBox.class);
        robot.interact(() -> {
            line.getSelectionModel().select(0);
            reason.getSelectionModel().select(DowntimeReason.POWER);
        });
        robot.clickOn("#downNote").write("Mains off in hall B");
        robot.clickOn("#downStart");
        VBox running = robot.lookup("#downRunning").queryAs(VBox.class);
        FxWait.until(() -> running.getChildren().size() == 1);
        assertThat(robot.from(running).lookup(".label").queryAs(Label.class).getText())
                .matches("Line 1: Stopped: power cut, 0:0[0-9]");
        robot.clickOn(robot.from(running).lookup(".button").queryButton());
        FxWait.until(running.getChildren()::isEmpty);
        long ended = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from sewing.downtime where ended_at is not null and note = 'Mains off in hall B'")
                        .mapTo(Long.class)
                        .one());
        assertThat(ended).isEqualTo(1L);
        assertThat(errors).isEmpty();
        robot.interact(stage::close);
    }

    /**
     * A scan on another client reaches this floor screen within 5 s through the data versions (the
     * screen's own poll: no one fires the shell's here), its tile shows the hour as a sparkline bar,
     * and the tile opens the line's detail with its hourly chart.
     */
    @Test
    void aScanElsewhereShowsOnTheFloorWithinFiveSecondsAndTheLineDetailHasItsChart(FxRobot robot) throws Exception {
        List<Bundle> fresh = new FloorSetupService(db.jdbiAs(floor.supervisor()), java.time.Clock.systemUTC())
                .cut(
                        floor.run().id(),
                        7,
                        10,
                        List.of(new FloorSetupService.SizeCount("L", 20)),
                        20,
                        null,
                        java.math.BigDecimal.ZERO,
                        null);
        Stage stage = show(robot, new FloorStatusFeature(), floor.supervisor());
        FxWait.until(() -> robot.lookup("#floorKpis")
                        .queryAs(javafx.scene.layout.Pane.class)
                        .getChildren()
                        .size()
                == 4);
        // Each refresh builds new tiles: the figure is looked up again every time.
        java.util.function.LongSupplier output = () -> Long.parseLong(robot.lookup("#kpiOutput .kpi-value")
                .queryAs(Label.class)
                .getText()
                .replaceAll("[^0-9]", ""));
        long before = output.getAsLong();
        Thread.sleep(2500); // the screen's poll has read the versions once
        long start = System.nanoTime();
        new ScanService(db.jdbiAs(floor.ben()), java.time.Clock.systemUTC(), java.util.Optional.empty())
                .scan(new ScanRequest(
                        java.util.UUID.randomUUID(),
                        fresh.getFirst().qrCode(),
                        floor.hem().id(),
                        floor.ben().personId(),
                        null,
                        "other",
                        null));
        FxWait.until(() -> output.getAsLong() > before);
        assertThat(output.getAsLong()).isEqualTo(before + fresh.getFirst().quantity());
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5.0);
        assertThat(robot.lookup(".line-tile .sparkline .spark-bar").tryQuery()).isPresent();

        robot.clickOn("#lineDetail-L1");
        FxWait.until(() -> robot.lookup("#lineChart").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.chart.BarChart<String, Number> chart =
                robot.lookup("#lineChart").queryAs(javafx.scene.chart.BarChart.class);
        assertThat(chart.getData())
                .extracting(javafx.scene.chart.XYChart.Series::getName)
                .containsExactly("Output", "Hourly target");
        assertThat(chart.getData().getFirst().getData())
                .extracting(d -> d.getYValue().longValue())
                .anySatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(20L));
        robot.clickOn("#lineDetailBack");
        FxWait.until(() -> robot.lookup("#lineChart").tryQuery().isEmpty());
        assertThat(errors).isEmpty();
        robot.interact(stage::close);
    }
}
