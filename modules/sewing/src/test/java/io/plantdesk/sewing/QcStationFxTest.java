package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.people.Person;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.sewing.ui.QcStationFeature;
import io.plantdesk.sewing.ui.QcStationViewModel;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TcpProxy;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import io.plantdesk.ui.theme.Theme;
import io.plantdesk.ui.theme.UiMode;
import java.nio.file.Files;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The QC checkpoint in Floor mode, as an inspector uses it: the bundle's code typed by the
 * scanner looks the bundle up and chooses its last operation and who sewed it; the counts are set
 * with the plus buttons; a check whose defects do not cover its defective pieces is refused here,
 * in words, with everything typed kept; the corrected check is recorded with its defects by code
 * and its defective pieces are then recorded as reworked. With the network cut, a check is kept
 * on this computer (who sewed it left to the server) and arrives exactly once when it returns.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class QcStationFxTest {

    static TestDatabase db;
    static Floor floor;
    static FxTaskRunner tasks;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        floor = Floor.build(db, "QFX");
        QualityService supervisor = new QualityService(db.jdbiAs(floor.supervisor()), Clock.systemUTC());
        supervisor.defineDefectCode("OS", "Open seam");
        supervisor.defineDefectCode("SK", "Skipped stitch");
        new ScanService(db.jdbiAs(floor.ben()), Clock.systemUTC(), Optional.empty())
                .scan(new ScanRequest(
                        UUID.randomUUID(),
                        floor.bundles().get(0).qrCode(),
                        floor.hem().id(),
                        floor.ben().personId(),
                        null,
                        "station-2",
                        null));
        new ScanService(db.jdbiAs(floor.ana()), Clock.systemUTC(), Optional.empty())
                .scan(new ScanRequest(
                        UUID.randomUUID(),
                        floor.bundles().get(1).qrCode(),
                        floor.join().id(),
                        floor.ana().personId(),
                        null,
                        "station-1",
                        null));
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    private static Jdbi jdbiVia(TestUser user, int port) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:" + port + "/" + db.name());
        ds.setUser(user.login());
        ds.setPassword(user.password());
        ds.setConnectTimeout(2);
        ds.setSocketTimeout(10);
        return Database.jdbiFor(ds);
    }

    private Stage open(TestUser user, Jdbi jdbi, FloorSync sync) throws Exception {
        Person person = new Person(
                user.tenantId(),
                user.personId(),
                user.login(),
                null,
                user.role(),
                user.login(),
                true,
                OffsetDateTime.now(),
                user.login(),
                1);
        FeatureContext context = new FeatureContext(
                jdbi,
                person,
                tasks,
                db.ids(),
                Clock.systemDefaultZone(),
                new ReadOnlyObjectWrapper<>(UiMode.FLOOR).getReadOnlyProperty(),
                new LiveRefresh(),
                null,
                errors::add,
                SectionSettings.none("sewing-qc"),
                Optional.empty(),
                Optional.of(sync));
        QcStationFeature feature = new QcStationFeature();
        return WaitForAsyncUtils.asyncFx(() -> {
                    FeatureView view = feature.open(context);
                    Stage stage = new Stage();
                    Scene scene = new Scene((Parent) view.node(), 1280, 728);
                    scene.getStylesheets().addAll(feature.stylesheets());
                    Theme.applyMode(scene.getRoot(), UiMode.FLOOR);
                    stage.setScene(scene);
                    view.shown();
                    stage.show();
                    return stage;
                })
                .get();
    }

    @Test
    void anInspectorRecordsACheckAndItsReworkAndKeepsCheckingOffline(FxRobot robot) throws Exception {
        try (TcpProxy net = new TcpProxy(db.profile().host(), db.profile().port())) {
            Jdbi jdbi = jdbiVia(floor.ana(), net.port());
            FloorSync sync = FloorSync.start(
                    Files.createTempDirectory("pd-qc-station"),
                    jdbi,
                    floor.ana().personId(),
                    Clock.systemUTC());
            try {
                Stage stage = open(floor.ana(), jdbi, sync);
                Node root = stage.getScene().getRoot();
                FxWait.until(
                        () -> robot.from(root).lookup("#qcDefect-SK").tryQuery().isPresent());
                Bundle b1 = floor.bundles().get(0);
                robot.clickOn(field(robot, root, "#qcCode"));
                robot.write(b1.qrCode()).press(KeyCode.ENTER).release(KeyCode.ENTER);
                Label bundle = robot.from(root).lookup("#qcBundle").queryAs(Label.class);
                FxWait.until(() -> bundle.getText().startsWith("Bundle " + b1.ticket() + " "));
                @SuppressWarnings("unchecked")
                ComboBox<QcStationViewModel.StepChoice> operation =
                        robot.from(root).lookup("#qcOperation").queryAs(ComboBox.class);
                @SuppressWarnings("unchecked")
                ComboBox<LineMember> operator =
                        robot.from(root).lookup("#qcOperator").queryAs(ComboBox.class);
                // The style has no QC checkpoint marked: its last operation, hemmed by Ben.
                assertThat(operation.getValue().choice().operation().id())
                        .isEqualTo(floor.hem().id());
                assertThat(operator.getValue().personId()).isEqualTo(floor.ben().personId());
                assertThat(field(robot, root, "#qcChecked").getText()).isEqualTo("20");

                robot.interact(() -> field(robot, root, "#qcDefective").setText("3"));
                press(robot, root, "#qcDefect-OSMore");
                press(robot, root, "#qcSave");
                Label problem = robot.from(root).lookup("#qcProblem").queryAs(Label.class);
                FxWait.until(problem::isVisible);
                assertThat(problem.getText())
                        .isEqualTo("3 defective pieces need at least 3 defects by code; 1 are counted.");
                // Nothing typed is lost.
                assertThat(field(robot, root, "#qcCode").getText()).isEqualTo(b1.qrCode());
                assertThat(field(robot, root, "#qcDefective").getText()).isEqualTo("3");
                assertThat(field(robot, root, "#qcDefect-OS").getText()).isEqualTo("1");
                assertThat(checks(b1)).isZero();

                press(robot, root, "#qcDefect-OSMore");
                press(robot, root, "#qcDefect-SKMore");
                press(robot, root, "#qcSave");
                Label answer = robot.from(root).lookup("#qcAnswer").queryAs(Label.class);
                FxWait.until(() -> answer.isVisible() && answer.getText().startsWith("Recorded: QC"));
                assertThat(answer.getText())
                        .isEqualTo("Recorded: QC of bundle " + b1.ticket()
                                + " after \"Hem\", 20 checked, 3 defective, 3 defects.");
                assertThat(problem.isVisible()).isFalse();
                assertThat(field(robot, root, "#qcCode").getText()).isEmpty();
                assertThat(checks(b1)).isEqualTo(1);
                Boolean asRecorded = db.adminJdbi()
                        .withHandle(
                                h -> h.createQuery("select operator_id = :ben and inspector_id = :ana and defects = 3 "
                                                + "and (select count(*) from sewing.qc_defect d where d.check_id = c.id) = 2 "
                                                + "from sewing.qc_check c where bundle_id = :b")
                                        .bind("ben", floor.ben().personId())
                                        .bind("ana", floor.ana().personId())
                                        .bind("b", b1.id())
                                        .mapTo(Boolean.class)
                                        .one());
                assertThat(asRecorded).isTrue();

                // Rework later: the check with defective pieces is chosen, its 3 pieces proposed.
                assertThat(field(robot, root, "#qcReworkPieces").getText()).isEqualTo("3");
                press(robot, root, "#qcRework");
                FxWait.until(() -> answer.getText().startsWith("Recorded: 3 pieces"));
                Long reworked = db.adminJdbi()
                        .withHandle(h -> h.createQuery(
                                        "select count(*) from sewing.rework w join sewing.qc_check c on c.id = w.check_id "
                                                + "where w.bundle_id = :b and w.pieces = 3 and w.operator_id = :ben")
                                .bind("b", b1.id())
                                .bind("ben", floor.ben().personId())
                                .mapTo(Long.class)
                                .one());
                assertThat(reworked).isEqualTo(1);

                // The network drops: the bundle cannot be looked up, the check is kept here.
                net.cut();
                Bundle b2 = floor.bundles().get(1);
                robot.clickOn(field(robot, root, "#qcCode"));
                robot.write(b2.qrCode()).press(KeyCode.ENTER).release(KeyCode.ENTER);
                FxWait.until(() -> bundle.getText().startsWith("The server does not answer"));
                robot.interact(() -> operation
                        .getSelectionModel()
                        .select(operation.getItems().stream()
                                .filter(s -> s.choice()
                                        .operation()
                                        .id()
                                        .equals(floor.join().id()))
                                .findFirst()
                                .orElseThrow()));
                assertThat(operator.getValue()).isNull();
                robot.interact(() -> field(robot, root, "#qcChecked").setText("20"));
                press(robot, root, "#qcSave");
                FxWait.until(() -> answer.isVisible() && answer.getText().startsWith("Saved on this computer"));
                assertThat(sync.status().pending()).isEqualTo(1);
                assertThat(checks(b2)).isZero();

                net.restore();
                sync.kick(); // the shell does this when its poll finds the server again
                FxWait.until(() -> sync.status().pending() == 0);
                assertThat(checks(b2)).isEqualTo(1);
                // Who sewed it came from Ana's scan of the bundle.
                UUID sewnBy = db.adminJdbi()
                        .withHandle(h -> h.createQuery("select operator_id from sewing.qc_check where bundle_id = ?")
                                .bind(0, b2.id())
                                .mapTo(UUID.class)
                                .one());
                assertThat(sewnBy).isEqualTo(floor.ana().personId());
                assertThat(sync.outbox().rejected()).isEmpty();
                assertThat(errors).isEmpty();
                robot.interact(stage::close);
            } finally {
                sync.close();
            }
        }
    }

    /** A button, pressed as a finger would (fired: the form may be scrolled at 1280 x 728). */
    private static void press(FxRobot robot, Node root, String id) {
        Button b = robot.from(root).lookup(id).queryAs(Button.class);
        assertThat(b.isDisabled()).as(id + " is enabled").isFalse();
        robot.interact(b::fire);
    }

    private static TextField field(FxRobot robot, Node root, String id) {
        return robot.from(root).lookup(id).queryAs(TextField.class);
    }

    private static long checks(Bundle b) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from sewing.qc_check where bundle_id = ?")
                        .bind(0, b.id())
                        .mapTo(Long.class)
                        .one());
    }
}
