package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.sewing.ui.closeout.ShiftCloseoutFeature;
import io.plantdesk.sewing.ui.earnings.OperatorDaysFeature;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The close-out screen closing the last ended shift with its late scan and reopening it with a
 * reason; the operators' days screen showing today's work and pay. Real database, real widgets.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class QualityScreensFxTest {

    static TestDatabase db;
    static Floor floor;
    static FxTaskRunner tasks;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    // Disposed after each test: a screen's refresh timer must not outlive the test's task runner.
    private final List<FeatureView> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        floor = Floor.build(db, "QFX");
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

    private Stage show(Feature feature, TestUser user) throws Exception {
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
    void theLastEndedShiftClosesWithItsLateScanAndReopensWithAReason(FxRobot robot) throws Exception {
        // The last named shift that ended before now, as the screen finds it.
        FloorFigures figures = new FloorFigures(db.jdbiAs(floor.supervisor()), Clock.systemUTC());
        ShiftSpan s = figures.currentShift().orElseThrow();
        do {
            s = figures.shiftAt(s.startsAt().minusSeconds(1)).orElseThrow();
        } while (s.name() == null);
        // Sewn in it, recorded now: a late scan.
        new ScanService(db.jdbiAs(floor.ben()), Clock.systemUTC(), Optional.empty())
                .scan(new ScanRequest(
                        UUID.randomUUID(),
                        floor.bundles().get(1).qrCode(),
                        floor.join().id(),
                        floor.ben().personId(),
                        null,
                        "station-9",
                        s.startsAt().plusMinutes(30)));

        Stage stage = show(new ShiftCloseoutFeature(), floor.supervisor());
        Label lateTitle = robot.lookup("#closeLateTitle").queryAs(Label.class);
        FxWait.until(() -> lateTitle.getText().startsWith("Late scans (1)"));
        Button close = robot.lookup("#closeShiftButton").queryButton();
        assertThat(close.getText()).isEqualTo("Accept 1 late scans and close");
        assertThat(robot.lookup("#closeLines").queryAs(TableView.class).getItems())
                .hasSize(1);
        robot.clickOn(close);
        Label status = robot.lookup("#closeStatus").queryAs(Label.class);
        FxWait.until(() -> status.getText().startsWith("Closed by"));
        assertThat(close.isDisabled()).isTrue();

        assertThat(robot.lookup("#closeReopen").queryButton().isDisabled()).isFalse();
        robot.clickOn("#closeReopen");
        Label message = robot.lookup("#closeMessage").queryAs(Label.class);
        FxWait.until(() -> !message.getText().isEmpty());
        assertThat(message.getText()).isEqualTo("Say why the shift is reopened (3 to 500 characters).");
        robot.clickOn("#closeReason").write("A bundle was scanned on the wrong ticket");
        robot.clickOn("#closeReopen");
        FxWait.until(() -> status.getText().startsWith("Reopened by"));
        assertThat(status.getText()).endsWith("A bundle was scanned on the wrong ticket");
        OffsetDateTime start = s.startsAt();
        assertThat(new ShiftCloseService(db.jdbiAs(floor.supervisor())).state(start))
                .hasValueSatisfying(c -> assertThat(c.closed()).isFalse());
        assertThat(errors).isEmpty();
        robot.interact(stage::close);
    }

    @Test
    void todaysWorkAndPayShowPerOperator(FxRobot robot) throws Exception {
        new ScanService(db.jdbiAs(floor.ana()), Clock.systemUTC(), Optional.empty())
                .scan(new ScanRequest(
                        UUID.randomUUID(),
                        floor.bundles().get(0).qrCode(),
                        floor.join().id(),
                        floor.ana().personId(),
                        null,
                        "station-1",
                        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)));
        Stage stage = show(new OperatorDaysFeature(), floor.supervisor());
        @SuppressWarnings("unchecked")
        TableView<OperatorDay> table = robot.lookup("#daysTable").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().stream()
                .anyMatch(d -> d.operatorId().equals(floor.ana().personId())));
        OperatorDay ana = table.getItems().stream()
                .filter(d -> d.operatorId().equals(floor.ana().personId()))
                .findFirst()
                .orElseThrow();
        assertThat(ana.pieces()).isEqualTo(20);
        assertThat(ana.earnings()).isEqualByComparingTo("0.40");
        Label total = robot.lookup("#daysTotal").queryAs(Label.class);
        FxWait.until(() -> total.getText().startsWith("Paid for these days: 0.40"));
        assertThat(robot.lookup("#daysExport").queryButton().isDisabled()).isFalse();
        assertThat(errors).isEmpty();
        robot.interact(stage::close);
    }
}
