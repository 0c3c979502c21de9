package io.plantdesk.maintenance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.BacklogRow;
import io.plantdesk.maintenance.Checklist;
import io.plantdesk.maintenance.ChecklistService;
import io.plantdesk.maintenance.NewChecklistItem;
import io.plantdesk.maintenance.Part;
import io.plantdesk.maintenance.PartDraft;
import io.plantdesk.maintenance.PartsService;
import io.plantdesk.maintenance.SaveResult;
import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
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
 * The planner's work-order screens on a real database, driven through TestFX: create (a refused
 * field keeps everything typed), a stale edit meets the conflict dialog (take theirs, keep mine),
 * forbidden moves of several rows answer per row, odd and overlong searches, labour.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class WorkOrderScreensFxTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static FxTaskRunner tasks;
    static Asset machine;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private FeatureView view;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Screens plant");
        planner = db.createUser(plant, AppRole.PLANNER);
        technician = db.createUser(plant, AppRole.TECHNICIAN);
        AssetService assets = new AssetService(db.jdbiAs(planner), Clock.systemUTC());
        Asset site = assets.create(AssetDraft.of(null, AssetKind.SITE, "S1", "Main building"));
        Asset line = assets.create(AssetDraft.of(site.id(), AssetKind.LINE, "L1", "Line 1"));
        machine = assets.create(AssetDraft.of(line.id(), AssetKind.MACHINE, "M1", "Lockstitch 1"));
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        view = new MaintenanceFeature()
                .open(FeatureFixture.context(
                        db, planner, tasks, new LiveRefresh(), SectionSettings.none("maintenance"), errors::add));
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
    }

    static WorkOrderService as(TestUser u) {
        return new WorkOrderService(db.jdbiAs(u), Clock.systemUTC());
    }

    @SuppressWarnings("unchecked")
    private static TableView<BacklogRow> table(FxRobot robot) {
        return robot.lookup("#woTable").queryAs(TableView.class);
    }

    private static boolean editorOpen(FxRobot robot) {
        return robot.lookup("#workOrderEditor").tryQuery().isPresent();
    }

    private static void select(FxRobot robot, int number) throws Exception {
        FxWait.until(() -> table(robot).getItems().stream().anyMatch(r -> r.number() == number));
        robot.interact(() -> {
            TableView<BacklogRow> t = table(robot);
            t.getSelectionModel().clearSelection();
            t.getItems().stream()
                    .filter(r -> r.number() == number)
                    .findFirst()
                    .ifPresent(r -> t.getSelectionModel().select(r));
            t.requestFocus();
        });
    }

    @Test
    void createARefusedFieldKeepsWhatWasTypedThenTheNewOrderIsListed(FxRobot robot) throws Exception {
        robot.clickOn("#woNew");
        FxWait.until(() -> editorOpen(robot));
        robot.clickOn("#woTitle").write("Needle bar knocks");
        robot.clickOn("#woEstimated").write("-2");
        robot.clickOn("#woStartTime").write("7:30"); // a time without its date
        robot.clickOn("#woSave");
        FxWait.until(
                () -> !robot.lookup("#woError").queryAs(Label.class).getText().isEmpty());
        String error = robot.lookup("#woError").queryAs(Label.class).getText();
        assertThat(error).contains("Hours are a number of 0 or more").contains("A time needs its date");
        assertThat(robot.lookup("#woTitle").queryAs(TextField.class).getText()).isEqualTo("Needle bar knocks");
        assertThat(as(planner)
                        .backlog(io.plantdesk.maintenance.BacklogQuery.open())
                        .rows())
                .noneMatch(r -> r.title().equals("Needle bar knocks"));

        robot.doubleClickOn("#woEstimated").eraseText(2).write("1.5");
        robot.doubleClickOn("#woStartTime").eraseText(4);
        robot.interact(
                () -> robot.lookup("#woPriority").queryAs(ChoiceBox.class).setValue(Priority.HIGH));
        robot.clickOn("#woSave");
        FxWait.until(() -> !editorOpen(robot));
        FxWait.until(
                () -> table(robot).getItems().stream().anyMatch(r -> r.title().equals("Needle bar knocks")));
        BacklogRow row = table(robot).getItems().stream()
                .filter(r -> r.title().equals("Needle bar knocks"))
                .findFirst()
                .orElseThrow();
        assertThat(row.priority()).isEqualTo(Priority.HIGH);
        assertThat(row.estimatedHours()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(row.status()).isEqualTo(WorkOrderStatus.REQUESTED);
        assertThat(errors).isEmpty();
    }

    @Test
    void aStaleEditShowsBothVersionsTakeTheirsThenKeepMine(FxRobot robot) throws Exception {
        WorkOrder w = as(planner)
                .create(WorkOrderDraft.of("Hook timing off", WorkOrderType.CORRECTIVE)
                        .withAsset(machine.id()));
        robot.clickOn("#woRefresh");
        select(robot, w.number());
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> editorOpen(robot));
        robot.doubleClickOn("#woTitle").eraseText(30).write("Hook timing off, retime");

        // Meanwhile the technician raises the priority.
        SaveResult theirs = as(technician).save(w.id(), w.version(), w.draft().withPriority(Priority.URGENT));
        assertThat(theirs).isInstanceOf(SaveResult.Saved.class);

        robot.clickOn("#woSave");
        FxWait.until(() -> robot.lookup("#conflictDialog").tryQuery().isPresent());
        List<String> shown = robot.lookup("#conflictDialog .label").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
        assertThat(shown).contains("Hook timing off, retime", "Hook timing off", "Urgent", "Normal");
        robot.clickOn("#conflictTakeTheirs");
        FxWait.until(() -> robot.lookup("#conflictDialog").tryQuery().isEmpty());
        assertThat(robot.lookup("#woTitle").queryAs(TextField.class).getText()).isEqualTo("Hook timing off");
        assertThat(robot.lookup("#woPriority").queryAs(ChoiceBox.class).getValue())
                .isEqualTo(Priority.URGENT);
        assertThat(as(planner).find(w.id()).orElseThrow().title()).isEqualTo("Hook timing off"); // nothing written

        // Edit again; someone saves once more; this time mine wins, over their newer version.
        robot.doubleClickOn("#woTitle").eraseText(30).write("Hook retimed");
        WorkOrder now = as(technician).find(w.id()).orElseThrow();
        as(technician).save(w.id(), now.version(), now.draft().withFailure("HOOK", null, null));
        robot.clickOn("#woSave");
        FxWait.until(() -> robot.lookup("#conflictDialog").tryQuery().isPresent());
        robot.clickOn("#conflictKeepMine");
        FxWait.until(() -> !editorOpen(robot));
        WorkOrder saved = as(planner).find(w.id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("Hook retimed");
        assertThat(saved.priority()).isEqualTo(Priority.URGENT); // taken from theirs the first time
        assertThat(saved.failureCode()).isNull(); // mine, as the dialog showed, over theirs
        assertThat(errors).isEmpty();
    }

    @Test
    void movingSeveralRowsAnswersPerRowAndOffersOnlyAllowedStepsInTheEditor(FxRobot robot) throws Exception {
        WorkOrder a = as(planner).create(WorkOrderDraft.of("Belt guard loose", WorkOrderType.CORRECTIVE));
        WorkOrder b = as(planner).create(WorkOrderDraft.of("Oil pump check", WorkOrderType.INSPECTION));
        as(planner).changeStatus(b.id(), WorkOrderStatus.APPROVED);
        robot.clickOn("#woRefresh");
        FxWait.until(() -> table(robot).getItems().stream().anyMatch(r -> r.number() == b.number()));
        robot.interact(() -> {
            TableView<BacklogRow> t = table(robot);
            t.getSelectionModel().clearSelection();
            t.getItems().stream()
                    .filter(r -> r.number() == a.number() || r.number() == b.number())
                    .forEach(r -> t.getSelectionModel().select(r));
        });
        robot.clickOn("#woMoveSelected").clickOn("#woMoveSelectedIN_PROGRESS");
        FxWait.until(() -> robot.lookup("#woResults").tryQuery().isPresent());
        List<String> lines = robot.lookup("#woResults").queryAs(ListView.class).getItems().stream()
                .map(String::valueOf)
                .toList();
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .contains("#" + a.number())
                        .contains("A work order cannot go from Requested to In progress."));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).contains("#" + b.number()).contains("now In progress"));
        assertThat(as(planner).find(a.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.REQUESTED);
        assertThat(as(planner).find(b.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
        closeOtherWindows(robot);

        // The editor offers only the steps after Requested, and moves with one of them.
        select(robot, a.number());
        robot.clickOn("#woOpen");
        FxWait.until(() -> editorOpen(robot));
        robot.clickOn("#woMove");
        assertThat(robot.lookup("#woMoveToAPPROVED").tryQuery()).isPresent();
        assertThat(robot.lookup("#woMoveToCOMPLETED").tryQuery()).isEmpty();
        robot.clickOn("#woMoveToAPPROVED");
        FxWait.until(
                () -> robot.lookup("#woStatus").queryAs(Label.class).getText().equals("Approved"));
        assertThat(as(planner).history(a.id())).hasSize(2);
        robot.clickOn("#woTabHistory");
        FxWait.until(() ->
                robot.lookup("#woHistory").queryAs(ListView.class).getItems().size() == 2);
        assertThat(errors).isEmpty();
    }

    @Test
    void labourRefusesBadHoursAndAddsGoodOnes(FxRobot robot) throws Exception {
        WorkOrder w = as(planner).create(WorkOrderDraft.of("Replace bobbin case", WorkOrderType.CORRECTIVE));
        robot.clickOn("#woRefresh");
        select(robot, w.number());
        robot.clickOn("#woOpen");
        FxWait.until(() -> editorOpen(robot));
        robot.clickOn("#woTabLabour");
        robot.clickOn("#labourHours").write("-1");
        robot.clickOn("#labourAdd");
        FxWait.until(() ->
                !robot.lookup("#labourError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#labourError").queryAs(Label.class).getText())
                .isEqualTo("Hours worked are more than 0 and at most 24 a day.");
        robot.doubleClickOn("#labourHours").eraseText(2).write("1.5");
        // A day to come is refused before anything is sent, and the line keeps what was typed.
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        robot.interact(
                () -> robot.lookup("#labourDate").queryAs(DatePicker.class).setValue(tomorrow));
        robot.clickOn("#labourAdd");
        FxWait.until(() -> robot.lookup("#labourError")
                .queryAs(Label.class)
                .getText()
                .startsWith("Hours can only be recorded up to today"));
        assertThat(robot.lookup("#labourHours").queryAs(TextField.class).getText())
                .isEqualTo("1.5");
        assertThat(robot.lookup("#labourDate").queryAs(DatePicker.class).getValue())
                .isEqualTo(tomorrow);
        assertThat(as(planner).labour(w.id())).isEmpty();
        robot.interact(
                () -> robot.lookup("#labourDate").queryAs(DatePicker.class).setValue(LocalDate.now()));
        robot.clickOn("#labourAdd");
        FxWait.until(() ->
                robot.lookup("#woLabour").queryAs(TableView.class).getItems().size() == 1);
        assertThat(as(planner).labour(w.id()))
                .singleElement()
                .satisfies(l -> assertThat(l.hours()).isEqualByComparingTo("1.5"));
        assertThat(errors).isEmpty();
    }

    @Test
    void oddSearchesFindNothingQuietlyAndAnOverlongOneIsExplained(FxRobot robot) throws Exception {
        as(planner).create(WorkOrderDraft.of("Thread breaks often", WorkOrderType.CORRECTIVE));
        for (String odd : List.of("'; drop table maint.work_order; --", "&|!(", "\"")) {
            robot.interact(
                    () -> robot.lookup("#woSearch").queryAs(TextField.class).setText(odd));
            robot.clickOn("#woSearch").type(KeyCode.ENTER);
            FxWait.until(() -> table(robot).getItems().isEmpty());
            assertThat(robot.lookup("#woSearchProblem").queryAs(Label.class).getText())
                    .isEmpty();
        }
        robot.interact(() -> robot.lookup("#woSearch").queryAs(TextField.class).setText("x".repeat(201)));
        robot.clickOn("#woSearch").type(KeyCode.ENTER);
        FxWait.until(() ->
                !robot.lookup("#woSearchProblem").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#woSearchProblem").queryAs(Label.class).getText())
                .isEqualTo("The search text is too long (at most 200 characters).");
        robot.interact(() -> robot.lookup("#woSearch").queryAs(TextField.class).setText("thread"));
        robot.clickOn("#woSearch").type(KeyCode.ENTER);
        FxWait.until(
                () -> table(robot).getItems().stream().anyMatch(r -> r.title().equals("Thread breaks often")));
        assertThat(robot.lookup("#woSearchProblem").queryAs(Label.class).getText())
                .isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void executeAChecklistSignItThenCompleteWithPartsAndLabour(FxRobot robot) throws Exception {
        WorkOrder w = as(planner)
                .create(WorkOrderDraft.of("Monthly PM on the lockstitch", WorkOrderType.PREVENTIVE)
                        .withAsset(machine.id()));
        as(planner).changeStatus(w.id(), WorkOrderStatus.APPROVED);
        as(planner).changeStatus(w.id(), WorkOrderStatus.IN_PROGRESS);
        ChecklistService checklists = new ChecklistService(db.jdbiAs(planner), Clock.systemUTC());
        Checklist c = checklists.add(
                w.id(),
                "Monthly lockstitch PM",
                List.of(
                        NewChecklistItem.passFail("Needle bar oiled"),
                        NewChecklistItem.value("Belt tension", "mm", new BigDecimal("4"), new BigDecimal("6")),
                        NewChecklistItem.note("Anything else seen")));
        PartsService parts = new PartsService(db.jdbiAs(planner), Clock.systemUTC());
        UUID shelf = parts.createLocation("Maintenance store");
        Part needles = parts.createPart(new PartDraft(
                "NDL-90", "Needles DBx1 size 90", "pcs", new BigDecimal("0.20"), BigDecimal.ONE, BigDecimal.TEN, null));
        parts.receive(needles.id(), shelf, new BigDecimal("5"), new BigDecimal("0.20"), null);
        int[] pos = c.items().stream().mapToInt(i -> i.position()).toArray();

        robot.clickOn("#woRefresh");
        select(robot, w.number());
        robot.clickOn("#woOpen");
        FxWait.until(() -> editorOpen(robot));
        robot.clickOn("#woTabChecklists");
        // Sign-off is refused while an item is unanswered; nothing is lost.
        robot.clickOn("#checklistSign");
        FxWait.until(() ->
                !robot.lookup("#checklistError").queryAs(Label.class).getText().isEmpty());
        robot.clickOn("#checkItem" + pos[0] + "Pass").clickOn("#checkItem" + pos[0] + "Record");
        FxWait.until(() -> robot.lookup("#checkItem" + pos[0] + "Outcome")
                .queryAs(Label.class)
                .getText()
                .equals("Pass"));
        robot.clickOn("#checkItem" + pos[1] + "Value").write("7.5");
        robot.clickOn("#checkItem" + pos[1] + "Record");
        FxWait.until(() -> robot.lookup("#checkItem" + pos[1] + "Outcome")
                .queryAs(Label.class)
                .getText()
                .equals("Fail"));
        robot.clickOn("#checkItem" + pos[2] + "Note").write("Guard screw replaced");
        robot.clickOn("#checkItem" + pos[2] + "Record");
        FxWait.until(() -> !robot.lookup("#checkItem" + pos[2] + "Outcome")
                .queryAs(Label.class)
                .getText()
                .equals("Not answered"));
        robot.clickOn("#checklistSign");
        FxWait.until(() -> robot.lookup("#checklistSigned").tryQuery().isPresent());
        assertThat(robot.lookup("#checklistSigned").queryAs(Label.class).getText())
                .startsWith("Signed off by ")
                .doesNotContain(planner.login());
        assertThat(checklists.verify(c.id())).isTrue();

        // Parts: more than on hand is refused with the count; then two are issued.
        robot.clickOn("#woTabParts");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<io.plantdesk.maintenance.StockLevel> from =
                    robot.lookup("#partsFrom").queryAs(javafx.scene.control.ComboBox.class);
            from.setValue(from.getItems().stream()
                    .filter(l -> l.partId().equals(needles.id()))
                    .findFirst()
                    .orElseThrow());
        });
        robot.clickOn("#partsQuantity").write("8");
        robot.clickOn("#partsIssue");
        FxWait.until(() ->
                !robot.lookup("#partsError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#partsError").queryAs(Label.class).getText())
                .isEqualTo(
                        "Only 5 pcs of NDL-90  Needles DBx1 size 90 on hand at Maintenance store; 8 cannot be issued.");
        robot.doubleClickOn("#partsQuantity").eraseText(1).write("2");
        robot.clickOn("#partsIssue");
        FxWait.until(() ->
                robot.lookup("#woParts").queryAs(TableView.class).getItems().size() == 1);
        assertThat(parts.stock(needles.id()))
                .singleElement()
                .satisfies(l -> assertThat(l.onHand()).isEqualByComparingTo("3"));

        // Labour, then complete.
        robot.clickOn("#woTabLabour");
        robot.clickOn("#labourHours").write("2");
        robot.clickOn("#labourAdd");
        FxWait.until(() ->
                robot.lookup("#woLabour").queryAs(TableView.class).getItems().size() == 1);
        robot.clickOn("#woTabDetails");
        robot.clickOn("#woMove");
        robot.clickOn("#woMoveToCOMPLETED");
        FxWait.until(
                () -> robot.lookup("#woStatus").queryAs(Label.class).getText().equals("Completed"));
        assertThat(as(planner).find(w.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(parts.usedOn(w.id())).hasSize(1);
        assertThat(as(planner).labour(w.id())).hasSize(1);
        assertThat(errors).isEmpty();
    }

    private static void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null)
                .toList()
                .forEach(w -> ((Stage) w).close()));
    }
}
