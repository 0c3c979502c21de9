package io.plantdesk.maintenance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.maintenance.ui.board.StatusBoardFeature;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The status board on a real database: a card dragged to an allowed column moves (and is stored),
 * one dropped on a forbidden column snaps back with a sentence, and the keyboard moves a card too.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class StatusBoardFxTest {

    static TestDatabase db;
    static TestUser planner;
    static FxTaskRunner tasks;
    static WorkOrder first;
    static WorkOrder second;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Board plant");
        planner = db.createUser(plant, AppRole.PLANNER);
        first = service().create(WorkOrderDraft.of("Presser foot lift sticks", WorkOrderType.CORRECTIVE));
        second = service().create(WorkOrderDraft.of("Motor hums", WorkOrderType.CORRECTIVE));
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    static WorkOrderService service() {
        return new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC());
    }

    @Start
    void start(Stage stage) {
        FeatureView view = new StatusBoardFeature()
                .open(FeatureFixture.context(
                        db, planner, tasks, new LiveRefresh(), SectionSettings.none("maintenance"), errors::add));
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
    }

    private static boolean inColumn(FxRobot robot, WorkOrder w, WorkOrderStatus s) {
        VBox cards = robot.lookup("#woBoardCards" + s.name()).queryAs(VBox.class);
        return cards.getChildren().stream().map(Node::getId).anyMatch(("woCard" + w.number())::equals);
    }

    @Test
    void dragMovesWhereAllowedSnapsBackWithASentenceElsewhereAndTheKeyboardMovesToo(FxRobot robot) throws Exception {
        FxWait.until(() -> inColumn(robot, first, WorkOrderStatus.REQUESTED)
                && inColumn(robot, second, WorkOrderStatus.REQUESTED));

        robot.drag("#woCard" + first.number()).dropTo("#woBoardColumnAPPROVED");
        FxWait.until(() -> inColumn(robot, first, WorkOrderStatus.APPROVED));
        assertThat(service().find(first.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.APPROVED);
        assertThat(robot.lookup("#woBoardMessage").queryAs(Label.class).getText())
                .isEqualTo("Work order #" + first.number() + " is now Approved.");

        robot.drag("#woCard" + second.number()).dropTo("#woBoardColumnIN_PROGRESS");
        FxWait.until(() -> robot.lookup("#woBoardMessage")
                .queryAs(Label.class)
                .getText()
                .equals("A work order cannot go from Requested to In progress."));
        assertThat(inColumn(robot, second, WorkOrderStatus.REQUESTED)).isTrue();
        assertThat(inColumn(robot, second, WorkOrderStatus.IN_PROGRESS)).isFalse();
        assertThat(robot.lookup("#woCardGhost").tryQuery()).isEmpty();
        assertThat(service().find(second.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.REQUESTED);

        // Keyboard: focus the card, Shift+F10, pick the step.
        robot.interact(() -> robot.lookup("#woCard" + first.number()).query().requestFocus());
        robot.press(KeyCode.SHIFT).press(KeyCode.F10).release(KeyCode.F10).release(KeyCode.SHIFT);
        FxWait.until(() -> robot.lookup("#woCardMoveToIN_PROGRESS").tryQuery().isPresent());
        assertThat(robot.lookup("#woCardMoveToCOMPLETED").tryQuery()).isEmpty();
        robot.clickOn("#woCardMoveToIN_PROGRESS");
        FxWait.until(() -> inColumn(robot, first, WorkOrderStatus.IN_PROGRESS));
        assertThat(service().find(first.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
        assertThat(errors).isEmpty();
    }
}
