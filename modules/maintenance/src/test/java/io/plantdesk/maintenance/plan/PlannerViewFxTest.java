package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.ui.planner.PlannerFeature;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The planner screen on its own (no app, no login): a real drag from one technician's Monday to
 * another's Wednesday, the Alt+arrow alternative, a stale card refused with a sentence, the
 * over-capacity words, and the .ics export read back by ical4j.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class PlannerViewFxTest {

    static TestDatabase db;
    static PlanFixture f;
    static FxTaskRunner tasks;
    static Path exportDir;
    static WorkOrder belt;
    static WorkOrder oil;
    static LocalDate monday;
    private final LiveRefresh live = new LiveRefresh();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private FeatureView view;

    @BeforeAll
    static void plant(TestDatabase database) throws Exception {
        db = database;
        f = PlanFixture.create(db, "Planner screen plant");
        monday = PlannerService.mondayOf(LocalDate.now(Clock.system(f.zone())));
        PlannerService p = f.planner(db);
        p.setCapacity(f.rafiq().personId(), Capacity.ofHours(new BigDecimal("2"), List.of(1, 2, 3, 4, 5, 6, 7)));
        p.setCapacity(f.sohel().personId(), Capacity.ofHours(new BigDecimal("8"), List.of(1, 2, 3, 4, 5, 6, 7)));
        belt = f.scheduled(
                db, "Replace belt, guard; \\ cover", monday, LocalTime.of(9, 0), 3, new BigDecimal("3"), f.rafiq());
        oil = f.scheduled(db, "Oil heads", monday.plusDays(1), LocalTime.of(10, 0), 1, null, f.rafiq());
        tasks = new FxTaskRunner(4);
        exportDir = Files.createTempDirectory("pd-planner-ics");
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        view = new PlannerFeature()
                .open(
                        FeatureFixture.context(
                                db, f.planner(), tasks, live, SectionSettings.none("maintenance.planner"), errors::add),
                        owner -> Optional.of(exportDir));
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
    }

    @Test
    void dragSchedulesAndReassignsKeysMoveTooAStaleCardIsRefusedAndTheExportParses(FxRobot robot) throws Exception {
        String rafiq = f.rafiq().personId().toString();
        String sohel = f.sohel().personId().toString();
        Node card = waitFor(robot, "#planCard-" + belt.number() + "-" + rafiq);
        // Over capacity in words: 3 h against Rafiq's 2 h on Monday.
        Label load = robot.lookup("#planCell-" + rafiq + "-0 .plan-load").queryAs(Label.class);
        assertThat(load.getText()).isEqualTo("3 of 2 h, 1 h over");
        assertThat(load.getParent().getStyleClass()).contains("plan-over");

        // Drag: Rafiq's Monday to Sohel's Wednesday.
        robot.drag(card).dropTo("#planCell-" + sohel + "-2");
        waitFor(robot, "#planCard-" + belt.number() + "-" + sohel);
        WorkOrderService wo = new WorkOrderService(db.jdbiAs(f.planner()), Clock.systemUTC());
        WorkOrder moved = wo.find(belt.id()).orElseThrow();
        assertThat(moved.scheduledStart().atZoneSameInstant(f.zone()).toLocalDateTime())
                .isEqualTo(monday.plusDays(2).atTime(9, 0));
        assertThat(wo.assignees(belt.id()))
                .extracting(a -> a.personId())
                .containsExactly(f.sohel().personId());
        FxWait.until(() -> robot.lookup("#plannerMessage")
                .queryAs(Label.class)
                .getText()
                .startsWith("Work order " + belt.number() + " moved"));
        assertThat(robot.lookup("#planCell-" + rafiq + "-0 .plan-load")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("0 of 2 h");

        // Keyboard: Alt+Right moves it to Thursday, Alt+Up back to Rafiq.
        Node onSohel = robot.lookup("#planCard-" + belt.number() + "-" + sohel).query();
        robot.clickOn(onSohel);
        FxWait.until(() -> onSohel.getScene().getFocusOwner() == onSohel);
        robot.press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
        FxWait.until(() -> wo.find(belt.id())
                .orElseThrow()
                .scheduledStart()
                .atZoneSameInstant(f.zone())
                .toLocalDate()
                .equals(monday.plusDays(3)));
        waitFor(robot, "#planCard-" + belt.number() + "-" + sohel);
        FxWait.until(() -> {
            Node n = robot.lookup("#planCard-" + belt.number() + "-" + sohel).query();
            return n.getScene().getFocusOwner() == n;
        });
        robot.press(KeyCode.ALT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);
        waitFor(robot, "#planCard-" + belt.number() + "-" + rafiq);
        assertThat(wo.assignees(belt.id()))
                .extracting(a -> a.personId())
                .containsExactly(f.rafiq().personId());

        // Someone else edits "Oil heads" after the screen read it: the drag is refused with a sentence, nothing moved.
        Node oilCard = waitFor(robot, "#planCard-" + oil.number() + "-" + rafiq);
        WorkOrder before = wo.find(oil.id()).orElseThrow();
        wo.save(oil.id(), before.version(), before.draft().withTitle("Oil heads and hooks"));
        robot.drag(oilCard).dropTo("#planCell-" + sohel + "-4");
        FxWait.until(() -> robot.lookup("#plannerMessage")
                .queryAs(Label.class)
                .getText()
                .contains("was not moved: Nasrin Akter changed it"));
        assertThat(wo.find(oil.id()).orElseThrow().scheduledStart()).isEqualTo(before.scheduledStart());
        assertThat(wo.assignees(oil.id()))
                .extracting(a -> a.personId())
                .containsExactly(f.rafiq().personId());
        waitFor(robot, "#planCard-" + oil.number() + "-" + rafiq);

        // Export: the whole plan and one file per technician with work, each read back by a real parser.
        robot.clickOn("#plannerExport");
        FxWait.until(() ->
                robot.lookup("#plannerMessage").queryAs(Label.class).getText().startsWith("Wrote 2 calendar files"));
        List<Path> files;
        try (Stream<Path> s = Files.list(exportDir)) {
            files = s.filter(p -> p.toString().endsWith(".ics")).sorted().toList();
        }
        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .hasSize(2)
                .anyMatch(n -> n.startsWith("maintenance-plan-"))
                .anyMatch(n -> n.startsWith("Rafiq-Islam-"));
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(text.replace("\r\n", "")).doesNotContain("\n");
            Calendar cal = new CalendarBuilder().build(new StringReader(text));
            assertThat(cal.validate().hasErrors()).isFalse();
            List<VEvent> events = cal.getComponents(Component.VEVENT);
            assertThat(events)
                    .extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                    .contains("workorder-" + belt.id() + "@plantdesk", "workorder-" + oil.id() + "@plantdesk");
            VEvent b = events.stream()
                    .filter(e -> e.getProperty(Property.UID)
                            .orElseThrow()
                            .getValue()
                            .contains(belt.id().toString()))
                    .findFirst()
                    .orElseThrow();
            assertThat(b.getProperty(Property.SUMMARY).orElseThrow().getValue())
                    .isEqualTo("#" + belt.number() + " Replace belt, guard; \\ cover");
            assertThat(b.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                    .contains("Assigned: Rafiq Islam");
        }
        assertThat(errors).isEmpty();
        robot.interact(view::dispose);
        assertThat(live.size()).isZero();
    }

    private static Node waitFor(FxRobot robot, String query) throws Exception {
        FxWait.until(() -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).query();
    }
}
