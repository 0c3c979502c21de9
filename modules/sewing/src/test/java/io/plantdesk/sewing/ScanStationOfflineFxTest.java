package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.people.Person;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.sewing.ui.ScanStationFeature;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TcpProxy;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import io.plantdesk.ui.theme.UiMode;
import java.nio.file.Files;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
 * The scan station with the server away: opened while the network is cut, it still offers the
 * operators and operations it loaded before (from the person's cache), says they are shown as of
 * their time and offline, and a scan is kept on this computer; when the server returns, the
 * outbox delivers it once.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class ScanStationOfflineFxTest {

    static TestDatabase db;
    static Floor floor;
    static FxTaskRunner tasks;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        floor = Floor.build(db, "OFX");
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
                SectionSettings.none("sewing-scan"),
                Optional.empty(),
                Optional.of(sync));
        ScanStationFeature feature = new ScanStationFeature();
        return WaitForAsyncUtils.asyncFx(() -> {
                    FeatureView view = feature.open(context);
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
    void openedOfflineItOffersTheCachedChoicesMarkedStaleAndKeepsTheScanForTheServer(FxRobot robot) throws Exception {
        try (TcpProxy net = new TcpProxy(db.profile().host(), db.profile().port())) {
            Jdbi jdbi = jdbiVia(floor.ana(), net.port());
            FloorSync sync = FloorSync.start(
                    Files.createTempDirectory("pd-scan-offline"),
                    jdbi,
                    floor.ana().personId(),
                    Clock.systemUTC());
            try {
                // Online once: the station loads its lists (and keeps them in the person's cache).
                Stage online = open(floor.ana(), jdbi, sync);
                @SuppressWarnings("unchecked")
                ComboBox<Object> ops = robot.lookup("#scanOperation").queryAs(ComboBox.class);
                FxWait.until(() -> !ops.getItems().isEmpty());
                assertThat(robot.lookup("#staleMarker").queryAs(Label.class).isVisible())
                        .isFalse();
                robot.interact(online::close);

                net.cut();
                Stage offline = open(floor.ana(), jdbi, sync);
                @SuppressWarnings("unchecked")
                ComboBox<Object> operation = robot.from(offline.getScene().getRoot())
                        .lookup("#scanOperation")
                        .queryAs(ComboBox.class);
                @SuppressWarnings("unchecked")
                ComboBox<LineMember> operator = robot.from(offline.getScene().getRoot())
                        .lookup("#scanOperator")
                        .queryAs(ComboBox.class);
                FxWait.until(() -> operation.getItems().size() == 2);
                Label stale = robot.from(offline.getScene().getRoot())
                        .lookup("#staleMarker")
                        .queryAs(Label.class);
                FxWait.until(stale::isVisible);
                assertThat(stale.getText())
                        .matches(
                                "Operators and operations as of \\d{1,2}:\\d{2}.*, kept on this computer: the server does not answer\\..*");
                assertThat(operator.getValue().personId()).isEqualTo(floor.ana().personId());

                robot.interact(() -> operation.getSelectionModel().select(0));
                TextField code = robot.from(offline.getScene().getRoot())
                        .lookup("#scanCode")
                        .queryAs(TextField.class);
                robot.clickOn(code);
                Bundle b = floor.bundles().get(0);
                robot.write(b.qrCode()).press(KeyCode.ENTER).release(KeyCode.ENTER);
                Label answer = robot.from(offline.getScene().getRoot())
                        .lookup("#scanAnswer")
                        .queryAs(Label.class);
                FxWait.until(() -> answer.getText().startsWith("Saved on this computer"));
                assertThat(answer.getText()).contains(b.qrCode());
                assertThat(sync.status().pending()).isEqualTo(1);
                assertThat(scans(b)).isZero();

                net.restore();
                sync.kick(); // the shell does this when its poll finds the server again
                FxWait.until(() -> sync.status().pending() == 0);
                assertThat(scans(b)).isEqualTo(1);
                assertThat(errors).isEmpty();
                robot.interact(offline::close);
            } finally {
                sync.close();
            }
        }
    }

    private static long scans(Bundle b) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from sewing.bundle_scan where bundle_id = ?")
                        .bind(0, b.id())
                        .mapTo(Long.class)
                        .one());
    }
}
