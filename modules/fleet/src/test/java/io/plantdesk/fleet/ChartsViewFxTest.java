package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantdesk.fleet.ui.ChartsView;
import io.plantdesk.fleet.ui.ChartsViewModel;
import io.plantdesk.fleet.ui.FleetFeature;
import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.SettingsStore;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The fleet charts from the rollups: cost per month stacked by category and the fuel economy of a
 * chosen vehicle, redrawn in the unit the person picks (and kept in their settings).
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class ChartsViewFxTest {

    static TestDatabase db;
    static TestUser planner;
    static FxTaskRunner tasks;
    static Vehicle van;
    static YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    static SettingsStore store;
    private ChartsViewModel vm;

    @BeforeAll
    static void plant(TestDatabase database) throws Exception {
        db = database;
        UUID plant = db.createTenant("Chart plant");
        planner = db.createUser(plant, AppRole.PLANNER);
        TestUser operator = db.createUser(plant, AppRole.OPERATOR);
        van = FleetFixture.plant(db, planner, "CHT 1").van();
        EventService events = new EventService(db.jdbiAs(planner), Clock.systemUTC());
        OffsetDateTime start = last.atDay(2).atStartOfDay().atOffset(ZoneOffset.UTC);
        // Last month: 1000 km on 80 L after the first fill (8 L/100 km), a repair and a fee.
        events.record(EventDraft.fuel(
                van.id(),
                start,
                BigDecimal.valueOf(20_000),
                BigDecimal.valueOf(40),
                BigDecimal.valueOf(60),
                true,
                false));
        events.record(EventDraft.fuel(
                van.id(),
                start.plusDays(7),
                BigDecimal.valueOf(20_500),
                BigDecimal.valueOf(40),
                BigDecimal.valueOf(62),
                true,
                false));
        events.record(EventDraft.fuel(
                van.id(),
                start.plusDays(14),
                BigDecimal.valueOf(21_000),
                BigDecimal.valueOf(40),
                BigDecimal.valueOf(64),
                true,
                false));
        events.record(
                EventDraft.of(van.id(), EventKind.REPAIR, start.plusDays(3), null, BigDecimal.valueOf(300), "Mirror"));
        events.record(
                EventDraft.of(van.id(), EventKind.TAX_FEE, start.plusDays(4), null, BigDecimal.valueOf(25), "Toll"));
        RollupRunner runner = new RollupRunner(db.jdbiAs(operator));
        runner.catchUp("fleet_monthly", p -> {}, () -> false);
        tasks = new FxTaskRunner(4);
        Path dir = Files.createTempDirectory("charts-fx");
        store = new SettingsStore(new AppPaths(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs")));
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        Messages m = Messages.of("io.plantdesk.fleet.ui.messages", FleetFeature.class);
        vm = new ChartsViewModel(
                new FleetService(db.jdbiAs(planner), Clock.systemUTC()),
                new FiguresService(db.jdbiAs(planner)),
                tasks,
                SectionSettings.load(new FleetSettings(), store));
        stage.setScene(new Scene((Parent) new ChartsView(vm, m).build(), 1280, 728));
        stage.show();
        vm.refresh();
    }

    @SuppressWarnings("unchecked")
    @Test
    void costStacksByCategoryAndEconomyFollowsTheChosenUnit(FxRobot robot) throws Exception {
        FxWait.until(() -> vm.choices().size() == 3); // the fleet, the garage, the van
        robot.interact(() -> vm.showVehicle(van.id()));
        StackedBarChart<String, Number> cost = robot.lookup("#fleetCostChart").queryAs(StackedBarChart.class);
        FxWait.until(() -> cost.getData().size() == 3);
        assertThat(cost.getData()).extracting(XYChart.Series::getName).containsExactly("Fuel", "Repair", "Tax or fee");
        assertThat(cost.getData().getFirst().getData())
                .singleElement()
                .satisfies(d -> assertThat(((BigDecimal) d.getYValue())).isEqualByComparingTo("186"));
        LineChart<String, Number> economy = robot.lookup("#fleetEconomyChart").queryAs(LineChart.class);
        assertThat(economy.getData().getFirst().getData())
                .singleElement()
                .satisfies(d -> assertThat(d.getYValue().doubleValue()).isCloseTo(8.0, within(1e-9)));

        robot.interact(() -> vm.unitProperty().set(FuelUnit.MPG_US));
        FxWait.until(() ->
                economy.getData().getFirst().getData().getFirst().getYValue().doubleValue() > 29);
        assertThat(economy.getData().getFirst().getData().getFirst().getYValue().doubleValue())
                .isCloseTo(29.4, within(0.01));
        assertThat(economy.getYAxis().getLabel()).isEqualTo("MPG (US)");
        FxWait.until(() -> "MPG_US".equals(store.section("fleet").get(FleetSettings.ECONOMY_UNIT)));
    }
}
