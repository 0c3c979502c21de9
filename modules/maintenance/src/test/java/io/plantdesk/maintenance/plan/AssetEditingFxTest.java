package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.Meter;
import io.plantdesk.maintenance.MeterKind;
import io.plantdesk.maintenance.PmScheduleDraft;
import io.plantdesk.maintenance.PmService;
import io.plantdesk.maintenance.assets.AssetNode;
import io.plantdesk.maintenance.ui.assets.AssetsFeature;
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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A planner builds the register from the asset screen: a machine made under a line (refused first
 * for a bad code and a taken one, with what was typed kept) shows in the tree; a reading typed for
 * its run-hours meter is refused when lower, then makes a meter PM fall due; an edit that someone
 * else overtook shows both versions and saves over theirs only when asked.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class AssetEditingFxTest {

    static TestDatabase db;
    static PlanFixture f;
    static FxTaskRunner tasks;
    static Asset line;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private FeatureView view;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        f = PlanFixture.create(db, "Asset editing screen plant");
        AssetService assets = new AssetService(db.jdbiAs(f.planner()), Clock.systemUTC());
        Asset site = assets.create(AssetDraft.of(null, AssetKind.SITE, "AEF", "Ashulia plant"));
        line = assets.create(AssetDraft.of(site.id(), AssetKind.LINE, "AEF-L1", "Sewing line 1"));
        assets.create(AssetDraft.of(line.id(), AssetKind.MACHINE, "AEF-M01", "Lockstitch 1"));
        assets.create(
                AssetDraft.of(line.id(), AssetKind.MACHINE, "AEF-M03", "Flatlock 3"),
                Map.of(MeterKind.RUN_HOURS, "Run hours"));
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        view = new AssetsFeature()
                .open(FeatureFixture.context(
                        db,
                        f.planner(),
                        tasks,
                        new LiveRefresh(),
                        SectionSettings.none("maintenance.assets"),
                        errors::add));
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMachineMadeUnderALineShowsInTheTreeAndItsReadingMakesAMeterPmFallDue(FxRobot robot) throws Exception {
        TreeView<AssetNode> tree = robot.lookup("#assetTree").queryAs(TreeView.class);
        FxWait.until(() -> tree.getRoot().getChildren().size() == 1);
        TreeItem<AssetNode> site = tree.getRoot().getChildren().getFirst();
        robot.interact(() -> site.setExpanded(true));
        FxWait.until(() -> site.getChildren().getFirst().getValue() != null);
        TreeItem<AssetNode> lineItem = site.getChildren().getFirst();
        robot.interact(() -> tree.getSelectionModel().select(lineItem));

        robot.clickOn("#assetNewChild");
        FxWait.until(() -> robot.lookup("#assetDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#assetKind").queryAs(ChoiceBox.class).getValue())
                .isEqualTo(AssetKind.MACHINE);
        assertThat(((Asset) robot.lookup("#assetParent").queryAs(ComboBox.class).getValue()).id())
                .isEqualTo(line.id());
        robot.clickOn("#assetName").write("Overlock Pegasus 2");
        robot.clickOn("#assetCode").write("M 02");
        robot.clickOn("#assetSave");
        Label error = robot.lookup("#assetError").queryAs(Label.class);
        assertThat(error.getText()).startsWith("A code is 1 to 40 letters");
        // Taken by the machine already there: the database refuses, the dialog keeps what was typed.
        robot.interact(() -> robot.lookup("#assetCode").queryAs(TextField.class).setText("aef-m01"));
        // Fired, not clicked: with the error line shown the box may sit below the form's visible part (it scrolls).
        robot.interact(() -> robot.lookup("#assetCountsHours")
                .queryAs(javafx.scene.control.CheckBox.class)
                .fire());
        robot.clickOn("#assetSave");
        FxWait.until(() -> error.getText().equals("Another asset already has that code."));
        assertThat(robot.lookup("#assetName").queryAs(TextField.class).getText())
                .isEqualTo("Overlock Pegasus 2");
        robot.interact(() -> robot.lookup("#assetCode").queryAs(TextField.class).setText("AEF-M02"));
        robot.clickOn("#assetSave");
        FxWait.until(() -> robot.lookup("#assetDialog").tryQuery().isEmpty());
        FxWait.until(() -> tree.getSelectionModel().getSelectedItem() != null
                && "AEF-M02"
                        .equals(tree.getSelectionModel()
                                .getSelectedItem()
                                .getValue()
                                .code()));
        TreeItem<AssetNode> made = tree.getSelectionModel().getSelectedItem();
        assertThat(made.getParent()).isSameAs(lineItem);
        assertThat(lineItem.getChildren())
                .extracting(i -> i.getValue().code())
                .containsExactly("AEF-M01", "AEF-M02", "AEF-M03");

        // Its run-hours meter came with it; a meter PM every 100 hours, planned 5 hours ahead.
        TableView<Meter> meters = robot.lookup("#assetMeters").queryAs(TableView.class);
        FxWait.until(() -> meters.getItems().size() == 1);
        Meter hours = meters.getItems().getFirst();
        assertThat(hours.kind()).isEqualTo(MeterKind.RUN_HOURS);
        PmService pm = new PmService(db.jdbiAs(f.planner()), Clock.systemUTC());
        pm.create(PmScheduleDraft.meter(
                made.getValue().id(),
                "Oil and belt, every 100 h",
                hours.id(),
                new BigDecimal("100"),
                new BigDecimal("100"),
                new BigDecimal("5")));
        new AssetService(db.jdbiAs(f.rafiq()), Clock.systemUTC())
                .read(
                        hours.id(),
                        new BigDecimal("40"),
                        java.time.OffsetDateTime.now().minusHours(1));
        robot.interact(() -> meters.getSelectionModel().select(0));

        robot.clickOn("#assetReading");
        FxWait.until(() -> robot.lookup("#readingDialog").tryQuery().isPresent());
        robot.clickOn("#readingValue").write("30");
        robot.clickOn("#readingSave");
        Label readingError = robot.lookup("#readingError").queryAs(Label.class);
        FxWait.until(() -> readingError.getText().startsWith("A reading of 30 is lower"));
        assertThat(pm.generate(100).created()).isZero();
        robot.interact(
                () -> robot.lookup("#readingValue").queryAs(TextField.class).setText("96.5"));
        robot.clickOn("#readingSave");
        FxWait.until(() -> robot.lookup("#readingDialog").tryQuery().isEmpty());
        FxWait.until(() -> !meters.getItems().isEmpty()
                && meters.getItems().getFirst().total().compareTo(new BigDecimal("96.5")) == 0);
        assertThat(pm.generate(100).created()).isEqualTo(1);
        assertThat(errors).isEmpty();
        robot.interact(view::dispose);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditSomeoneElseOvertookShowsBothVersionsAndSavesOverTheirsWhenAsked(FxRobot robot) throws Exception {
        AssetService service = new AssetService(db.jdbiAs(f.planner()), Clock.systemUTC());
        Asset m01 = service.tree().stream()
                .filter(a -> a.code().equals("AEF-M01"))
                .findFirst()
                .orElseThrow();
        TreeView<AssetNode> tree = robot.lookup("#assetTree").queryAs(TreeView.class);
        FxWait.until(() -> tree.getRoot().getChildren().size() == 1);
        TreeItem<AssetNode> site = tree.getRoot().getChildren().getFirst();
        robot.interact(() -> site.setExpanded(true));
        FxWait.until(() -> site.getChildren().getFirst().getValue() != null);
        TreeItem<AssetNode> lineItem = site.getChildren().getFirst();
        robot.interact(() -> lineItem.setExpanded(true));
        FxWait.until(() -> lineItem.getChildren().getFirst().getValue() != null);
        robot.interact(
                () -> tree.getSelectionModel().select(lineItem.getChildren().getFirst()));

        robot.clickOn("#assetEdit");
        FxWait.until(() -> robot.lookup("#assetDialog").tryQuery().isPresent());
        Asset fresh = service.find(m01.id()).orElseThrow();
        service.save(
                fresh.id(),
                fresh.version(),
                new AssetDraft(
                        fresh.parentId(),
                        fresh.kind(),
                        fresh.code(),
                        fresh.name(),
                        null,
                        null,
                        null,
                        null,
                        3,
                        "Line 1, place 9",
                        null),
                Map.of());
        robot.interact(() -> robot.lookup("#assetName").queryAs(TextField.class).setText("Lockstitch 1 (new motor)"));
        robot.clickOn("#assetSave");
        FxWait.until(() -> robot.lookup("#assetConflictDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#assetConflictTheirs" + 4).tryQuery()).isPresent(); // the name differs
        robot.clickOn("#assetConflictKeepMine");
        FxWait.until(() -> robot.lookup("#assetDialog").tryQuery().isEmpty());
        Asset now = service.find(m01.id()).orElseThrow();
        assertThat(now.name()).isEqualTo("Lockstitch 1 (new motor)");
        assertThat(errors).isEmpty();
        robot.interact(view::dispose);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPmScheduleMadeOnTheAssetsPageShowsThereAndGenerates(FxRobot robot) throws Exception {
        TreeView<AssetNode> tree = robot.lookup("#assetTree").queryAs(TreeView.class);
        FxWait.until(() -> tree.getRoot().getChildren().size() == 1);
        TreeItem<AssetNode> site = tree.getRoot().getChildren().getFirst();
        robot.interact(() -> site.setExpanded(true));
        FxWait.until(() -> site.getChildren().getFirst().getValue() != null);
        TreeItem<AssetNode> lineItem = site.getChildren().getFirst();
        robot.interact(() -> lineItem.setExpanded(true));
        FxWait.until(() -> lineItem.getChildren().getFirst().getValue() != null);
        TreeItem<AssetNode> flatlock = lineItem.getChildren().stream()
                .filter(i -> i.getValue().code().equals("AEF-M03"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> tree.getSelectionModel().select(flatlock));
        TableView<Meter> meters = robot.lookup("#assetMeters").queryAs(TableView.class);
        FxWait.until(() -> meters.getItems().size() == 1);

        AssetEditingScroll.toBottom(robot); // the PM list sits below the asset's work orders
        robot.clickOn("#assetPmNew");
        FxWait.until(() -> robot.lookup("#pmDialog").tryQuery().isPresent());
        robot.clickOn("#pmTitle").write("Oil and needle plate, every 100 h");
        robot.interact(() -> robot.lookup("#pmTrigger")
                .queryAs(ChoiceBox.class)
                .setValue(robot.lookup("#pmTrigger")
                        .queryAs(ChoiceBox.class)
                        .getItems()
                        .get(2)));
        robot.clickOn("#pmMeterEvery").write("100");
        robot.interact(
                () -> robot.lookup("#pmMeterLead").queryAs(TextField.class).setText("100"));
        robot.clickOn("#pmSave");
        Label error = robot.lookup("#pmError").queryAs(Label.class);
        assertThat(error.getText()).startsWith("Plan ahead by meter units");
        robot.interact(
                () -> robot.lookup("#pmMeterLead").queryAs(TextField.class).setText("5"));
        robot.clickOn("#pmSave");
        FxWait.until(() -> robot.lookup("#pmDialog").tryQuery().isEmpty());
        TableView<io.plantdesk.maintenance.PmSchedule> schedules =
                robot.lookup("#assetPm").queryAs(TableView.class);
        FxWait.until(() -> schedules.getItems().size() == 1);
        io.plantdesk.maintenance.PmSchedule s = schedules.getItems().getFirst();
        assertThat(s.meterInterval()).isEqualByComparingTo("100");
        assertThat(s.nextDueMeter()).isEqualByComparingTo("100"); // blank: one interval from 0
        assertThat(s.intervalDays()).isEqualTo(30); // whichever first: the calendar's default month too

        PmService pm = new PmService(db.jdbiAs(f.planner()), Clock.systemUTC());
        int before = pm.generate(100).created();
        new AssetService(db.jdbiAs(f.rafiq()), Clock.systemUTC())
                .read(meters.getItems().getFirst().id(), new BigDecimal("97"), java.time.OffsetDateTime.now());
        assertThat(pm.generate(100).created()).isEqualTo(1);
        assertThat(pm.find(s.id()).orElseThrow().cycle()).isEqualTo(1);
        assertThat(before).isZero();
        assertThat(errors).isEmpty();
        robot.interact(view::dispose);
    }
}
