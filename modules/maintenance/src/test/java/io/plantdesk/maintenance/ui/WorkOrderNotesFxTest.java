package io.plantdesk.maintenance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.Attachment;
import io.plantdesk.maintenance.ChecklistService;
import io.plantdesk.maintenance.NewChecklistItem;
import io.plantdesk.maintenance.Part;
import io.plantdesk.maintenance.PartDraft;
import io.plantdesk.maintenance.PartsService;
import io.plantdesk.maintenance.TemplateDraft;
import io.plantdesk.maintenance.TemplatePart;
import io.plantdesk.maintenance.TemplateService;
import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.WorkOrderNotes;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.WorkOrderTemplate;
import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.maintenance.ui.editor.WorkOrderEditor;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The editor's comments, attachments, field history and templates on a real database, driven
 * through TestFX: a comment is added (an empty one is explained), a picture is attached with its
 * thumbnail and an oversized file is refused before it is sent, another person's priority change
 * reads as "Priority: Normal → High", and a template fills a new work order that gets its checklist.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class WorkOrderNotesFxTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static FxTaskRunner tasks;
    static Asset machine;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final List<String> confirmed = new CopyOnWriteArrayList<>();
    private Stage stage;

    @TempDir
    Path tmp;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Notes screens plant");
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
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1280, 728));
        stage.show();
    }

    static WorkOrderService as(TestUser u) {
        return new WorkOrderService(db.jdbiAs(u), Clock.systemUTC());
    }

    private WorkOrderEditor editor(FxRobot robot) {
        var context = FeatureFixture.context(
                db, planner, tasks, new LiveRefresh(), SectionSettings.none("maintenance"), errors::add);
        PlantPeople people = PlantPeople.load(new PeopleService(db.jdbiAs(planner), db.ids()));
        Workflow workflow = Workflow.load(as(planner));
        WorkOrderEditor[] e = new WorkOrderEditor[1];
        robot.interact(() -> e[0] = new WorkOrderEditor(
                stage,
                new WorkOrderTexts(),
                MaintenanceFeature.editors(context).get(),
                workflow,
                people,
                FXCollections.observableArrayList(machine),
                planner.personId(),
                confirmed::add));
        return e[0];
    }

    private WorkOrderEditor open(FxRobot robot, WorkOrder w) throws Exception {
        WorkOrderEditor e = editor(robot);
        robot.interact(() -> e.showExisting(w.id(), msg -> errors.add(new AssertionError(msg))));
        FxWait.until(() -> robot.lookup("#workOrderEditor").tryQuery().isPresent());
        return e;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void addACommentAnEmptyOneIsExplainedAndTheAuthorIsNamed(FxRobot robot) throws Exception {
        WorkOrder w = as(planner).create(WorkOrderDraft.of("Thread keeps breaking", WorkOrderType.CORRECTIVE));
        new WorkOrderNotes(db.jdbiAs(technician), Clock.systemUTC()).comment(w.id(), "Tension looked fine to me.");
        open(robot, w);
        robot.clickOn("#woTabComments");
        FxWait.until(() ->
                robot.lookup("#woComments").queryAs(ListView.class).getItems().size() == 1);
        robot.clickOn("#commentAdd");
        FxWait.until(() -> !text(robot, "#commentError").isEmpty());
        assertThat(text(robot, "#commentError")).isEqualTo("Write something before adding the comment.");
        robot.clickOn("#commentText").write("Needle was bent; replaced.");
        robot.clickOn("#commentAdd");
        FxWait.until(() ->
                robot.lookup("#woComments").queryAs(ListView.class).getItems().size() == 2);
        assertThat(text(robot, "#commentError")).isEmpty();
        List<String> shown = robot.lookup("#woComments .label").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
        assertThat(shown).contains("Needle was bent; replaced.", "Tension looked fine to me.");
        assertThat(shown).anySatisfy(s -> assertThat(s).startsWith("Test technician, "));
        assertThat(shown).noneSatisfy(s -> assertThat(s).contains(technician.login()));
        assertThat(new WorkOrderNotes(db.jdbiAs(planner), Clock.systemUTC()).comments(w.id()))
                .hasSize(2);
        assertThat(errors).isEmpty();
    }

    @Test
    void attachAPictureWithItsThumbnailAndAnOversizedFileIsRefusedBeforeSending(FxRobot robot) throws Exception {
        WorkOrder w = as(planner).create(WorkOrderDraft.of("Oil on the fabric", WorkOrderType.CORRECTIVE));
        Path photo = tmp.resolve("oil-leak.png");
        BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "png", photo.toFile());
        Path huge = tmp.resolve("manual-scan.pdf");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength((long) (14.2 * 1024 * 1024));
        }
        WorkOrderEditor e = open(robot, w);
        robot.clickOn("#woTabAttachments");
        robot.interact(() -> e.attach(List.of(huge)));
        FxWait.until(() -> !text(robot, "#attachmentMessage").isEmpty());
        assertThat(text(robot, "#attachmentMessage"))
                .isEqualTo("The file is 14.2 MB; attachments can be at most 10 MB.");
        robot.interact(() -> e.attach(List.of(photo)));
        FxWait.until(() -> robot.lookup("#woAttachments")
                        .queryAs(ListView.class)
                        .getItems()
                        .size()
                == 1);
        Attachment a = (Attachment) robot.lookup("#woAttachments")
                .queryAs(ListView.class)
                .getItems()
                .getFirst();
        assertThat(a.fileName()).isEqualTo("oil-leak.png");
        assertThat(a.mediaType()).isEqualTo("image/png");
        BufferedImage thumb = ImageIO.read(new java.io.ByteArrayInputStream(a.thumbnail()));
        assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(96);
        // The list shows the preview (the cell is laid out on a later pulse).
        FxWait.until(() -> robot.lookup("#woAttachments .image-view").tryQuery().isPresent());
        assertThat(new WorkOrderNotes(db.jdbiAs(planner), Clock.systemUTC()).content(a.id()))
                .isEqualTo(Files.readAllBytes(photo));
        assertThat(errors).isEmpty();
    }

    @Test
    void anotherPersonsFieldChangesReadInPlantWordsInTheHistory(FxRobot robot) throws Exception {
        WorkOrder w = as(planner).create(WorkOrderDraft.of("Motor hums", WorkOrderType.CORRECTIVE));
        as(technician)
                .save(
                        w.id(),
                        w.version(),
                        w.draft()
                                .withPriority(Priority.HIGH)
                                .withAsset(machine.id())
                                .withHours(new BigDecimal("2.50"), null));
        open(robot, w);
        robot.clickOn("#woTabHistory");
        FxWait.until(() ->
                robot.lookup("#woHistory").queryAs(ListView.class).getItems().size() == 4);
        List<String> lines = robot.lookup("#woHistory").queryAs(ListView.class).getItems().stream()
                .map(l -> ((Record) l).toString())
                .toList();
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).contains("Test technician changed Priority: Normal \u2192 High."));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("changed Machine: none \u2192 Lockstitch 1."));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("changed Estimated hours: none \u2192 2.5."));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("created it as Requested"));
        assertThat(String.join("\n", lines)).doesNotContain("priority\"", "asset_id", technician.login(), "{");
        assertThat(errors).isEmpty();
    }

    @Test
    void aTemplateFillsTheNewFormAndTheFormSavesAsATemplate(FxRobot robot) throws Exception {
        UUID checklist = new ChecklistService(db.jdbiAs(planner), Clock.systemUTC())
                .createTemplate("Hook check", List.of(NewChecklistItem.passFail("Hook timing right")));
        Part hookPart = new PartsService(db.jdbiAs(planner), Clock.systemUTC())
                .createPart(new PartDraft(
                        "HOOK-R", "Rotary hook", "pcs", new BigDecimal("18"), BigDecimal.ONE, BigDecimal.ONE, null));
        new TemplateService(db.jdbiAs(planner), Clock.systemUTC())
                .save(new TemplateDraft(
                        "Retime the hook",
                        "Retime the rotary hook",
                        "Set the needle bar, then the hook point.",
                        WorkOrderType.PREVENTIVE,
                        Priority.HIGH,
                        new BigDecimal("1.5"),
                        checklist,
                        List.of(new TemplatePart(hookPart.id(), BigDecimal.ONE))));
        WorkOrderEditor e = editor(robot);
        robot.interact(e::showNew);
        FxWait.until(() -> robot.lookup("#workOrderEditor").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<WorkOrderTemplate> pick = robot.lookup("#woTemplate").queryAs(ComboBox.class);
        FxWait.until(() -> pick.getItems().stream().anyMatch(t -> t.name().equals("Retime the hook")));
        robot.interact(() -> pick.setValue(pick.getItems().stream()
                .filter(t -> t.name().equals("Retime the hook"))
                .findFirst()
                .orElseThrow()));
        assertThat(robot.lookup("#woTitle").queryAs(TextField.class).getText()).isEqualTo("Retime the rotary hook");
        assertThat(robot.lookup("#woEstimated").queryAs(TextField.class).getText())
                .isEqualTo("1.5");
        robot.doubleClickOn("#woTitle").eraseText(30).write("Retime the hook on M1");

        // The form's job saved as another template, under a name of its own.
        robot.clickOn("#woSaveTemplate");
        FxWait.until(() -> robot.lookup("#templateDialog").tryQuery().isPresent());
        robot.doubleClickOn("#templateName").eraseText(40).write("Hook on M1");
        robot.clickOn("#templateSave");
        FxWait.until(() -> robot.lookup("#templateDialog").tryQuery().isEmpty());
        assertThat(new TemplateService(db.jdbiAs(planner), Clock.systemUTC()).templates())
                .anySatisfy(t -> {
                    assertThat(t.name()).isEqualTo("Hook on M1");
                    assertThat(t.title()).isEqualTo("Retime the hook on M1");
                });

        robot.clickOn("#woSave");
        FxWait.until(() -> robot.lookup("#workOrderEditor").tryQuery().isEmpty());
        WorkOrder created = as(planner).backlog(io.plantdesk.maintenance.BacklogQuery.open()).rows().stream()
                .filter(r -> r.title().equals("Retime the hook on M1"))
                .findFirst()
                .flatMap(r -> as(planner).find(r.id()))
                .orElseThrow();
        assertThat(created.priority()).isEqualTo(Priority.HIGH);
        assertThat(created.type()).isEqualTo(WorkOrderType.PREVENTIVE);
        assertThat(new ChecklistService(db.jdbiAs(planner), Clock.systemUTC()).checklists(created.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("Hook check"));
        // The template's part is planned on the new work order; the editor shows it beside the issued ones.
        open(robot, created);
        robot.clickOn("#woTabParts");
        FxWait.until(() -> robot.lookup("#woPlannedParts")
                        .queryAs(TableView.class)
                        .getItems()
                        .size()
                == 1);
        FxWait.until(() -> robot.lookup((Node n) -> n instanceof Labeled l && "HOOK-R  Rotary hook".equals(l.getText()))
                .tryQuery()
                .isPresent());
        assertThat(robot.lookup("#woParts").queryAs(TableView.class).getItems()).isEmpty();
        assertThat(errors).isEmpty();
    }
}
