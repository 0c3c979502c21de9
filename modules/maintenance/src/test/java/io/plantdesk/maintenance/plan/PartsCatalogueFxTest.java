package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.Part;
import io.plantdesk.maintenance.PartDraft;
import io.plantdesk.maintenance.PartsService;
import io.plantdesk.maintenance.Vendor;
import io.plantdesk.maintenance.stock.Location;
import io.plantdesk.maintenance.ui.parts.PartsFeature;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
 * The parts screen's catalogue dialogs driven as a planner: a new part checked under its fields,
 * refused for a code another part has with everything typed kept, then saved; an edit; a stale
 * edit shown side by side; vendors and stock locations created and renamed. A technician sees none
 * of the buttons.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class PartsCatalogueFxTest {

    static TestDatabase db;
    static PlanFixture f;
    static FxTaskRunner tasks;
    static Part belt;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private FeatureView view;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        f = PlanFixture.create(db, "Parts catalogue plant");
        PartsService parts = service(f.planner());
        parts.createLocation("Main store");
        belt = parts.createPart(new PartDraft(
                "BLT-10",
                "Timing belt",
                "pcs",
                new BigDecimal("12.50"),
                new BigDecimal("4"),
                new BigDecimal("10"),
                null));
        tasks = new FxTaskRunner(4);
    }

    static PartsService service(TestUser u) {
        return new PartsService(db.jdbiAs(u), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        // Windows an earlier test class left open would answer this test's lookups first.
        Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
        view = open(f.planner());
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
    }

    private FeatureView open(TestUser who) {
        return new PartsFeature()
                .open(FeatureFixture.context(
                        db, who, tasks, new LiveRefresh(), SectionSettings.none("maintenance.parts"), errors::add));
    }

    /**
     * The field focused and its text set whole: in the module's full run (after the classes before
     * it) the robot's typing did not reach these fields, so the form refused a part before sending.
     */
    private static void type(FxRobot robot, String id, String value) {
        robot.interact(() -> {
            TextField f = robot.lookup(id).queryAs(TextField.class);
            f.requestFocus();
            f.setText(value);
        });
    }

    /**
     * The button pressed as the keyboard would (fired): in the module's full run the part dialog,
     * grown by its sentences, could sit where a click at its Save missed (the click reached no
     * button, nothing was sent); the dialog's own fit is checked by PartsCatalogueLookFxTest.
     */
    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(ButtonBase.class).fire());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlannerCreatesAndEditsPartsVendorsAndLocationsAndARefusalKeepsTheTypedText(FxRobot robot) throws Exception {
        robot.release(new KeyCode[0]); // every key an earlier test class may have left pressed
        TableView<Part> parts = robot.lookup("#partsTable").queryAs(TableView.class);
        FxWait.until(() -> parts.getItems().size() == 1);

        // A vendor first, with a phone the database would refuse: said under the field, nothing sent.
        robot.clickOn("#partsCatalogue");
        robot.clickOn("#vendorNew");
        type(robot, "#vendorName", "Dhaka Sewing Spares");
        type(robot, "#vendorPhone", "call Mr. Alam");
        robot.clickOn("#vendorSave");
        FxWait.until(() -> text(robot, "#vendorPhoneError").startsWith("Type a phone number"));
        assertThat(service(f.planner()).vendors()).isEmpty();
        robot.interact(
                () -> robot.lookup("#vendorPhone").queryAs(TextField.class).setText("+880 2 555 0101"));
        robot.clickOn("#vendorSave");
        FxWait.until(() -> robot.lookup("#vendorDialog").tryQuery().isEmpty());
        ListView<Vendor> vendors = robot.lookup("#vendorList").queryAs(ListView.class);
        FxWait.until(() -> vendors.getItems().size() == 1);

        // A location renamed from the list.
        ListView<Location> locations = robot.lookup("#locationList").queryAs(ListView.class);
        FxWait.until(() -> locations.getItems().size() == 1);
        robot.interact(() -> locations.getSelectionModel().select(0));
        robot.clickOn("#locationEdit");
        robot.interact(
                () -> robot.lookup("#locationName").queryAs(TextField.class).setText("Main store room"));
        robot.clickOn("#locationSave");
        FxWait.until(() -> robot.lookup("#locationDialog").tryQuery().isEmpty());
        FxWait.until(() -> locations.getItems().getFirst().name().equals("Main store room"));
        // The catalogue's own Close, not the first "Close" of any window a test before left open.
        robot.clickOn(robot.from(robot.lookup("#catalogueDialog").queryAs(Node.class))
                .lookup("Close")
                .queryAs(Node.class));
        FxWait.until(() -> robot.lookup("#catalogueDialog").tryQuery().isEmpty());

        // A new part: a bad code said under the field; then a code BLT-10 already has: refused by
        // the database in words, everything typed still there.
        press(robot, "#partNew");
        FxWait.until(() -> robot.lookup("#partSave").tryQuery().isPresent());
        type(robot, "#partCode", "-belt");
        type(robot, "#partName", "Timing belt 12 mm");
        type(robot, "#partReorderPoint", "2,5");
        press(robot, "#partSave");
        FxWait.until(() -> text(robot, "#partCodeError").startsWith("Type a code of 1 to 40"));
        robot.interact(() -> robot.lookup("#partCode").queryAs(TextField.class).setText("blt-10"));
        press(robot, "#partSave");
        FxWait.until(() -> !text(robot, "#partError").isEmpty());
        assertThat(text(robot, "#partError")).isEqualTo("Another part already has that code.");
        assertThat(text(robot, "#partCodeError")).isEmpty();
        assertThat(robot.lookup("#partCode").queryAs(TextField.class).getText()).isEqualTo("blt-10");
        assertThat(robot.lookup("#partName").queryAs(TextField.class).getText()).isEqualTo("Timing belt 12 mm");
        assertThat(robot.lookup("#partReorderPoint").queryAs(TextField.class).getText())
                .isEqualTo("2,5");
        robot.interact(() -> robot.lookup("#partCode").queryAs(TextField.class).setText("BLT-12"));
        press(robot, "#partSave");
        FxWait.until(() -> robot.lookup("#partDialog").tryQuery().isEmpty());
        FxWait.until(() -> parts.getItems().size() == 2);
        Part made = service(f.planner()).parts().stream()
                .filter(p -> p.code().equals("BLT-12"))
                .findFirst()
                .orElseThrow();
        assertThat(made.reorderPoint()).isEqualByComparingTo("2.5");
        assertThat(made.unit()).isEqualTo("pcs");

        // Edit BLT-12: give it the vendor.
        robot.interact(() -> parts.getSelectionModel()
                .select(parts.getItems().stream()
                        .filter(p -> p.code().equals("BLT-12"))
                        .findFirst()
                        .orElseThrow()));
        press(robot, "#partEdit");
        FxWait.until(() -> robot.lookup("#partSave").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#partVendor")
                .queryAs(javafx.scene.control.ChoiceBox.class)
                .getSelectionModel()
                .select(1));
        press(robot, "#partSave");
        FxWait.until(() -> robot.lookup("#partDialog").tryQuery().isEmpty());
        assertThat(service(f.planner()).part(made.id()).orElseThrow().vendorId())
                .isEqualTo(vendors.getItems().getFirst().id());

        // A stale edit: another planner saves BLT-10 while this one edits it; both versions shown.
        robot.interact(() -> parts.getSelectionModel()
                .select(parts.getItems().stream()
                        .filter(p -> p.code().equals("BLT-10"))
                        .findFirst()
                        .orElseThrow()));
        press(robot, "#partEdit");
        FxWait.until(() -> robot.lookup("#partSave").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#partName").queryAs(TextField.class).setText("Timing belt, mine"));
        Part now = service(f.planner()).part(belt.id()).orElseThrow();
        service(f.planner())
                .savePart(
                        belt.id(),
                        now.version(),
                        new PartDraft("BLT-10", "Timing belt, theirs", "pcs", null, null, null, null));
        press(robot, "#partSave");
        FxWait.until(() -> robot.lookup("#catalogueConflictDialog").tryQuery().isPresent());
        assertThat(robot.lookup("Timing belt, theirs").tryQuery()).isPresent();
        robot.clickOn("#catalogueConflictTakeTheirs");
        FxWait.until(() ->
                robot.lookup("#partName").queryAs(TextField.class).getText().equals("Timing belt, theirs"));
        robot.clickOn(robot.from(robot.lookup("#partDialog").queryAs(Node.class))
                .lookup("Cancel")
                .queryAs(Node.class));
        assertThat(errors).isEmpty();
        robot.interact(view::dispose);
    }

    @Test
    void aTechnicianSeesNoCatalogueButtons(FxRobot robot) {
        FeatureView[] tech = new FeatureView[1];
        robot.interact(() -> tech[0] = open(f.rafiq()));
        Node node = tech[0].node();
        assertThat(node.lookup("#partsReceive")).isNotNull();
        assertThat(node.lookup("#partNew")).isNull();
        assertThat(node.lookup("#partEdit")).isNull();
        assertThat(node.lookup("#partsCatalogue")).isNull();
        robot.interact(tech[0]::dispose);
        robot.interact(view::dispose);
    }
}
