package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.fleet.FiguresService.Scope;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A garage's (and a vehicle's) cost chart reads a month the monthly rollup has not closed yet
 * (this month, or a month still waiting for the engine) from the daily rollup by category, as the
 * plant's chart does, and only the days after the engine's last run from the events.
 */
@ExtendWith(PostgresExtension.class)
class ChartFromRollupsTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Dhaka");
    static TestDatabase db;
    static TestUser planner;
    static TestUser operator;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Chart plant");
        db.adminJdbi().useHandle(h -> h.execute("update core.tenant set time_zone = ? where id = ?", ZONE.getId(), p));
        planner = db.createUser(p, AppRole.PLANNER);
        operator = db.createUser(p, AppRole.OPERATOR);
    }

    private static BigDecimal cost(List<MonthCost> months, YearMonth month, EventKind kind) {
        return months.stream()
                .filter(c ->
                        YearMonth.from(c.monthStart().atZoneSameInstant(ZONE)).equals(month) && c.kind() == kind)
                .map(MonthCost::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aMonthNotYetClosedComesFromTheDailyRollupThenTodayLive() {
        FleetFixture plant = FleetFixture.plant(db, planner, "CHART 1");
        EventService events = new EventService(db.jdbiAs(planner), Clock.systemUTC());
        FiguresService figures = new FiguresService(db.jdbiAs(planner));
        YearMonth last = YearMonth.now(ZONE).minusMonths(1);
        OffsetDateTime tenth = last.atDay(10).atTime(9, 0).atZone(ZONE).toOffsetDateTime();
        events.record(EventDraft.of(plant.van().id(), EventKind.REPAIR, tenth, null, new BigDecimal("100"), "Lamp"));
        // Only the daily job runs: last month waits for the monthly one, so the chart reads its days.
        new RollupRunner(db.jdbiAs(operator)).catchUp("fleet_daily", x -> {}, () -> false);
        Scope garage = Scope.ofGarage(plant.garage().id());
        assertThat(cost(figures.costs(garage, last, YearMonth.now(ZONE), ZONE), last, EventKind.REPAIR))
                .isEqualByComparingTo("100");

        // The day's row is what the chart reads: a changed row shows (before, the chart added up the events).
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "update fleet.cost_day set cost = cost + 1000 where vehicle_id = ?",
                        plant.van().id()));
        assertThat(cost(figures.costs(garage, last, YearMonth.now(ZONE), ZONE), last, EventKind.REPAIR))
                .isEqualByComparingTo("1100");
        assertThat(cost(
                        figures.costs(Scope.ofVehicle(plant.van().id()), last, YearMonth.now(ZONE), ZONE),
                        last,
                        EventKind.REPAIR))
                .isEqualByComparingTo("1100");
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "update fleet.cost_day set cost = cost - 1000 where vehicle_id = ?",
                        plant.van().id()));

        // Today has no rollup yet: it is read from the events at once.
        YearMonth now = YearMonth.now(ZONE);
        events.record(EventDraft.of(
                plant.van().id(),
                EventKind.TAX_FEE,
                OffsetDateTime.now().minusMinutes(1),
                null,
                new BigDecimal("7"),
                null));
        assertThat(cost(figures.costs(garage, now, now, ZONE), now, EventKind.TAX_FEE))
                .isEqualByComparingTo("7");

        // And once the monthly job has run, the closed month reads its month row, equal to the days.
        new RollupRunner(db.jdbiAs(operator)).catchUp("fleet_monthly", x -> {}, () -> false);
        assertThat(cost(figures.costs(garage, last, now, ZONE), last, EventKind.REPAIR))
                .isEqualByComparingTo("100");
    }
}
