package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.Part;
import io.plantdesk.maintenance.PartDraft;
import io.plantdesk.maintenance.PartsService;
import io.plantdesk.maintenance.ReorderSuggestion;
import io.plantdesk.maintenance.StockMovement;
import io.plantdesk.maintenance.ui.parts.PartsFeature;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The parts screen on its own: low stock in words, receive refusing a negative quantity with the
 * typed text kept, adjust refusing to go below zero and a missing reason, the ledger naming the
 * person, and the low part among the reorder suggestions.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class PartsViewFxTest {

    static TestDatabase db;
    static PlanFixture f;
    static FxTaskRunner tasks;
    static Part belt;
    static Part needle;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private FeatureView view;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        f = PlanFixture.create(db, "Parts screen plant");
        PartsService parts = new PartsService(db.jdbiAs(f.planner()), Clock.systemUTC());
        UUID store = parts.createLocation("Main store");
        parts.createLocation("Line 1 cabinet");
        belt = parts.createPart(new PartDraft(
                "BLT-10",
                "Timing belt",
                "pcs",
                new BigDecimal("12.50"),
                new BigDecimal("4"),
                new BigDecimal("10"),
                null));
        needle = parts.createPart(new PartDraft(
                "NDL-90",
                "Needle DBx1 90",
                "pcs",
                new BigDecimal("0.20"),
                new BigDecimal("50"),
                new BigDecimal("500"),
                null));
        parts.receive(belt.id(), store, new BigDecimal("3"), new BigDecimal("12.50"), null);
        parts.receive(needle.id(), store, new BigDecimal("400"), new BigDecimal("0.20"), null);
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        view = new PartsFeature()
                .open(FeatureFixture.context(
                        db,
                        f.planner(),
                        tasks,
                        new LiveRefresh(),
                        SectionSettings.none("maintenance.parts"),
                        errors::add));
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void lowStockReceiveAndAdjustWithRefusalsInWordsAndTheLedgerNamesThePerson(FxRobot robot) throws Exception {
        TableView<Part> parts = robot.lookup("#partsTable").queryAs(TableView.class);
        FxWait.until(() -> parts.getItems().size() == 2);
        // 3 belts against a reorder point of 4: low, in words.
        robot.clickOn("#partsLowOnly");
        FxWait.until(() -> parts.getItems().size() == 1);
        assertThat(parts.getItems().getFirst().code()).isEqualTo("BLT-10");
        FxWait.until(() -> robot.lookup("Low").tryQuery().isPresent());
        robot.clickOn("#partsLowOnly");
        FxWait.until(() -> parts.getItems().size() == 2);
        robot.interact(() -> parts.getSelectionModel()
                .select(parts.getItems().stream()
                        .filter(p -> p.code().equals("BLT-10"))
                        .findFirst()
                        .orElseThrow()));

        // Receive -3: refused with a sentence, the dialog stays with "-3" typed; then 5 arrive.
        robot.clickOn("#partsReceive");
        robot.clickOn("#movementQuantity").write("-3");
        robot.clickOn("#movementSave");
        FxWait.until(() -> robot.lookup("#movementError")
                .queryAs(Label.class)
                .getText()
                .equals("The quantity must be more than zero."));
        assertThat(robot.lookup("#movementQuantity").queryAs(TextField.class).getText())
                .isEqualTo("-3");
        robot.interact(
                () -> robot.lookup("#movementQuantity").queryAs(TextField.class).setText("5"));
        robot.clickOn("#movementSave");
        FxWait.until(() -> robot.lookup("#receiveDialog").tryQuery().isEmpty());
        FxWait.until(() -> parts.getItems().stream()
                .anyMatch(p -> p.code().equals("BLT-10") && p.onHand().compareTo(new BigDecimal("8")) == 0));
        TableView<StockMovement> ledger = robot.lookup("#partsLedger").queryAs(TableView.class);
        FxWait.until(() -> ledger.getItems().size() == 2);
        // The rows' cells are made on the next pulse after the items arrive: wait for the name, don't glance.
        FxWait.until(() -> robot.lookup("Nasrin Akter").tryQuery().isPresent());

        // Adjust: no reason, then more than on hand: each refused in words, nothing written.
        robot.clickOn("#partsAdjust");
        robot.clickOn("#movementQuantity").write("-20");
        robot.clickOn("#movementSave");
        FxWait.until(() ->
                robot.lookup("#movementError").queryAs(Label.class).getText().equals("An adjustment needs a reason."));
        robot.clickOn("#movementReason").write("Stock count");
        robot.clickOn("#movementSave");
        FxWait.until(() ->
                !robot.lookup("#movementError").queryAs(Label.class).getText().equals("An adjustment needs a reason."));
        String refusal = robot.lookup("#movementError").queryAs(Label.class).getText();
        assertThat(refusal).isNotBlank().doesNotContain("maint.").doesNotContain("constraint");
        assertThat(robot.lookup("#movementReason").queryAs(TextField.class).getText())
                .isEqualTo("Stock count");
        robot.interact(
                () -> robot.lookup("#movementQuantity").queryAs(TextField.class).setText("-1"));
        robot.clickOn("#movementSave");
        FxWait.until(() -> robot.lookup("#adjustDialog").tryQuery().isEmpty());
        FxWait.until(() -> ledger.getItems().size() == 3);
        assertThat(new PartsService(db.jdbiAs(f.planner()), Clock.systemUTC())
                        .parts().stream()
                                .filter(p -> p.code().equals("BLT-10"))
                                .findFirst()
                                .orElseThrow()
                                .onHand())
                .isEqualByComparingTo("7");

        // Reorder suggestions: the needle is fine, the belt is not (7 > 4 now, so none); the tab shows the list.
        robot.clickOn("Reorder suggestions");
        TableView<ReorderSuggestion> reorder = robot.lookup("#partsReorder").queryAs(TableView.class);
        assertThat(reorder.getItems()).extracting(ReorderSuggestion::code).doesNotContain("NDL-90");
        assertThat(errors).isEmpty();
        robot.interact(view::dispose);
    }
}
