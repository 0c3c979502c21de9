package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.Part;
import io.plantdesk.maintenance.PartDraft;
import io.plantdesk.maintenance.PartsService;
import io.plantdesk.maintenance.ui.parts.PartsFeature;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TcpProxy;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The parts catalogue on a bad day: the server goes away (a real cut of the TCP connection, not a
 * mocked driver) between typing and Save, in the new-part dialog and in the vendor and stock
 * location dialogs. Each stays open with everything typed, says in plant words that nothing was
 * saved, leaves nothing half-saved, and the same Save lands once the network is back.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class PartsOfflineFxTest {

    static TestDatabase db;
    static PlanFixture f;
    static TcpProxy net;
    static FxTaskRunner tasks;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private FeatureView view;

    @BeforeAll
    static void plant(TestDatabase database) throws Exception {
        db = database;
        f = PlanFixture.create(db, "Parts offline plant");
        PartsService parts = new PartsService(db.jdbiAs(f.planner()), Clock.systemUTC());
        parts.createLocation("Main store");
        parts.createPart(new PartDraft("OFF-1", "Needle plate", "pcs", BigDecimal.ONE, null, null, null));
        net = new TcpProxy(db.profile().host(), db.profile().port());
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        net.restore();
        tasks.close();
        net.close();
    }

    @Start
    void start(Stage stage) {
        view = OfflineContext.show(stage, new PartsFeature(), "maintenance.parts", net, db, f.planner(), tasks, errors);
    }

    /** Set whole and fired, as PartsCatalogueFxTest does (clicks on the grown dialog were unreliable in the full run). */
    private static void type(FxRobot robot, String id, String value) {
        robot.interact(() -> {
            TextField t = robot.lookup(id).queryAs(TextField.class);
            t.requestFocus();
            t.setText(value);
        });
    }

    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(ButtonBase.class).fire());
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    /** The refusal under the form once it shows, checked for words a person on the floor can read. */
    private static String refusal(FxRobot robot, String id) throws Exception {
        Label refused = robot.lookup(id).queryAs(Label.class);
        FxWait.until(() -> !refused.getText().isBlank());
        OfflineContext.assertPlantWords(refused.getText(), f.planner());
        assertThat(refused.getText()).as("says the server did not answer").containsIgnoringCase("server");
        return refused.getText();
    }

    private static long count(String sql) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewPartAVendorAndALocationTypedBeforeTheServerWentAwayAreKeptAndSavedWhenItIsBack(FxRobot robot)
            throws Exception {
        robot.release(new KeyCode[0]); // every key an earlier test class may have left pressed
        TableView<Part> parts = robot.lookup("#partsTable").queryAs(TableView.class);
        FxWait.until(() -> parts.getItems().size() == 1);

        // New part.
        press(robot, "#partNew");
        FxWait.until(() -> robot.lookup("#partSave").tryQuery().isPresent());
        type(robot, "#partCode", "OFF-2");
        type(robot, "#partName", "Presser foot");
        type(robot, "#partUnitCost", "3,75");
        type(robot, "#partReorderPoint", "6");
        net.cut();
        press(robot, "#partSave");
        refusal(robot, "#partError");
        assertThat(robot.lookup("#partDialog").tryQuery())
                .as("the dialog stays open")
                .isPresent();
        assertThat(field(robot, "#partCode")).isEqualTo("OFF-2");
        assertThat(field(robot, "#partName")).isEqualTo("Presser foot");
        assertThat(field(robot, "#partUnitCost")).isEqualTo("3,75");
        assertThat(field(robot, "#partReorderPoint")).isEqualTo("6");
        assertThat(robot.lookup("#partSave").queryAs(ButtonBase.class).isDisabled())
                .as("Save can be pressed again")
                .isFalse();
        assertThat(count("select count(*) from maint.part where code = 'OFF-2'"))
                .as("nothing half-saved")
                .isZero();
        net.restore();
        press(robot, "#partSave");
        FxWait.until(() -> robot.lookup("#partDialog").tryQuery().isEmpty());
        FxWait.until(() -> parts.getItems().stream().anyMatch(p -> p.code().equals("OFF-2")));

        // A vendor and a stock location from "Vendors and locations".
        press(robot, "#partsCatalogue");
        FxWait.until(() -> robot.lookup("#vendorNew").tryQuery().isPresent());
        press(robot, "#vendorNew");
        FxWait.until(() -> robot.lookup("#vendorSave").tryQuery().isPresent());
        type(robot, "#vendorName", "Offline Spares Ltd");
        type(robot, "#vendorContact", "Mr. Karim");
        type(robot, "#vendorPhone", "+880 2 555 0199");
        net.cut();
        press(robot, "#vendorSave");
        refusal(robot, "#vendorError");
        assertThat(robot.lookup("#vendorDialog").tryQuery()).isPresent();
        assertThat(field(robot, "#vendorName")).isEqualTo("Offline Spares Ltd");
        assertThat(field(robot, "#vendorContact")).isEqualTo("Mr. Karim");
        assertThat(field(robot, "#vendorPhone")).isEqualTo("+880 2 555 0199");
        assertThat(count("select count(*) from maint.vendor where name = 'Offline Spares Ltd'"))
                .isZero();
        net.restore();
        press(robot, "#vendorSave");
        FxWait.until(() -> robot.lookup("#vendorDialog").tryQuery().isEmpty());
        assertThat(count("select count(*) from maint.vendor where name = 'Offline Spares Ltd'"))
                .isOne();

        press(robot, "#locationNew");
        FxWait.until(() -> robot.lookup("#locationSave").tryQuery().isPresent());
        type(robot, "#locationName", "Line 3 cabinet");
        net.cut();
        press(robot, "#locationSave");
        refusal(robot, "#locationError");
        assertThat(robot.lookup("#locationDialog").tryQuery()).isPresent();
        assertThat(field(robot, "#locationName")).isEqualTo("Line 3 cabinet");
        assertThat(count("select count(*) from maint.stock_location where name = 'Line 3 cabinet'"))
                .isZero();
        net.restore();
        press(robot, "#locationSave");
        FxWait.until(() -> robot.lookup("#locationDialog").tryQuery().isEmpty());
        assertThat(count("select count(*) from maint.stock_location where name = 'Line 3 cabinet'"))
                .isOne();
        assertThat(errors).isEmpty();
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w
                        != robot.lookup("#partsTable")
                                .queryAs(TableView.class)
                                .getScene()
                                .getWindow())
                .toList()
                .forEach(Window::hide));
        robot.interact(view::dispose);
    }
}
