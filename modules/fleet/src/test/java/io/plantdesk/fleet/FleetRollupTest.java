package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fleet's rollups ('fleet_monthly', 'fleet_daily') on the real engine: after inserts, edits that
 * move events across months, deletes, restores and late rows, the rollup tables equal the same
 * figures computed from scratch; the monthly economy follows LubeLogger across months; the
 * overview's month-to-date cost comes from the daily rollup; another plant sees nothing.
 */
@ExtendWith(PostgresExtension.class)
class FleetRollupTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Dhaka");
    static TestDatabase db;
    static TestUser planner;
    static TestUser operator;
    static TestUser stranger;
    static EventService events;
    static FiguresService figures;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Rollup fleet plant");
        db.adminJdbi().useHandle(h -> h.execute("update core.tenant set time_zone = ? where id = ?", ZONE.getId(), p));
        planner = db.createUser(p, AppRole.PLANNER);
        operator = db.createUser(p, AppRole.OPERATOR);
        stranger = db.createUser(db.createTenant("Other rollup plant"), AppRole.PLANNER);
        events = new EventService(db.jdbiAs(planner), Clock.systemUTC());
        figures = new FiguresService(db.jdbiAs(planner));
    }

    static OffsetDateTime monthsAgo(int months, int day, int hour) {
        return YearMonth.now(ZONE)
                .minusMonths(months)
                .atDay(day)
                .atTime(hour, 0)
                .atZone(ZONE)
                .toOffsetDateTime();
    }

    static BigDecimal n(double v) {
        return BigDecimal.valueOf(v);
    }

    static void runRollups() {
        RollupRunner runner = new RollupRunner(db.jdbiAs(operator));
        runner.catchUp("fleet_monthly", p -> {}, () -> false);
        runner.catchUp("fleet_daily", p -> {}, () -> false);
    }

    /** Every closed month and day as stored, next to the same figures from the raw events. */
    static void assertRollupEqualsFromScratch() {
        Jdbi jdbi = db.jdbiAs(planner);
        // Buckets are cut in the plant's local time: series of local timestamps, then back to moments.
        String months = "(select array_agg(g at time zone t.time_zone) from generate_series("
                + "date_trunc('month', (now() at time zone t.time_zone) - interval '2 years'), "
                + "date_trunc('month', now() at time zone t.time_zone) - interval '1 month', interval '1 month') g)";
        String from = " from core.tenant t where t.id = core.current_tenant()";
        jdbi.useHandle(h -> {
            h.execute("set timezone = 'UTC'");
            List<String> stored = h.createQuery("select concat_ws(' ', month_start, vehicle_id, kind, cost, events) "
                            + "from fleet.cost_month order by 1")
                    .mapTo(String.class)
                    .list();
            List<String> scratch = h.createQuery(
                            "select concat_ws(' ', r.month_start, r.vehicle_id, r.kind, r.cost, r.events) "
                                    + "from (select " + months + " as ms, t.time_zone, t.id" + from + ") a, "
                                    + "fleet.cost_month_rows(a.id, a.ms, a.time_zone) r order by 1")
                    .mapTo(String.class)
                    .list();
            assertThat(stored).isNotEmpty().isEqualTo(scratch);
            List<String> usage = h.createQuery(
                            "select concat_ws(' ', month_start, vehicle_id, distance_km, fuel_litres, "
                                    + "economy_km, economy_litres) from fleet.usage_month order by 1")
                    .mapTo(String.class)
                    .list();
            List<String> usageScratch = h.createQuery(
                            "select concat_ws(' ', r.month_start, r.vehicle_id, r.distance_km, "
                                    + "r.fuel_litres, r.economy_km, r.economy_litres) from (select " + months
                                    + " as ms, t.time_zone, t.id"
                                    + from + ") a, fleet.usage_month_rows(a.id, a.ms, a.time_zone) r order by 1")
                    .mapTo(String.class)
                    .list();
            assertThat(usage).isNotEmpty().isEqualTo(usageScratch);
            List<String> days = h.createQuery(
                            "select concat_ws(' ', day_start, vehicle_id, kind, cost, events) from fleet.cost_day "
                                    + "order by 1")
                    .mapTo(String.class)
                    .list();
            List<String> daysScratch = h.createQuery(
                            "select concat_ws(' ', r.day_start, r.vehicle_id, r.kind, r.cost, r.events) "
                                    + "from core.tenant t, lateral (select array_agg(d at time zone t.time_zone) as ds from generate_series("
                                    + "date_trunc('day', (now() at time zone t.time_zone) - interval '2 years'), "
                                    + "date_trunc('day', now() at time zone t.time_zone) - interval '1 day', interval '1 day') d) a, "
                                    + "fleet.cost_day_rows(t.id, a.ds, t.time_zone) r where t.id = core.current_tenant() order by 1")
                    .mapTo(String.class)
                    .list();
            assertThat(days).isNotEmpty().isEqualTo(daysScratch);
        });
    }

    @Test
    void theRollupsEqualTheFiguresFromScratchAfterEditsDeletesRestoresAndLateRows() {
        FleetFixture plant = FleetFixture.plant(db, planner, "ROLL 1");
        Vehicle miles = new FleetService(db.jdbiAs(planner), Clock.systemUTC())
                .createVehicle(new VehicleDraft(
                        "ROLL 2",
                        null,
                        "Isuzu",
                        "NPR",
                        null,
                        "diesel",
                        "mi",
                        "active",
                        plant.garage().id(),
                        null));
        Random random = new Random(17);
        List<VehicleEvent> made = new ArrayList<>();
        for (Vehicle v : List.of(plant.van(), miles)) {
            double odometer = 1000;
            for (int month = 7; month >= 0; month--) {
                for (int i = 0; i < 6; i++) {
                    OffsetDateTime at = monthsAgo(month, 1 + i * 4, 6 + random.nextInt(12));
                    if (at.isAfter(OffsetDateTime.now())) {
                        continue;
                    }
                    odometer += 100 + random.nextInt(400);
                    EventKind kind = EventKind.values()[random.nextInt(EventKind.values().length)];
                    made.add(
                            kind == EventKind.FUEL || i % 2 == 0
                                    ? events.record(EventDraft.fuel(
                                            v.id(),
                                            at,
                                            n(odometer),
                                            n(20 + random.nextInt(40)),
                                            n(30 + random.nextInt(60)),
                                            random.nextInt(4) > 0,
                                            random.nextInt(8) == 0))
                                    : events.record(EventDraft.of(
                                            v.id(),
                                            kind,
                                            at,
                                            kind == EventKind.NOTE ? null : n(odometer),
                                            kind == EventKind.NOTE ? null : n(random.nextInt(300)),
                                            "work")));
                }
            }
        }
        YearMonth now = YearMonth.now(ZONE);
        List<MonthUsage> liveBefore = figures.usage(Scope.ofVehicle(plant.van().id()), now.minusMonths(8), now, ZONE);
        List<MonthCost> costBefore = figures.costs(Scope.ofGarage(plant.garage().id()), now.minusMonths(8), now, ZONE);
        runRollups();
        assertRollupEqualsFromScratch();
        assertThat(figures.usage(Scope.ofVehicle(plant.van().id()), now.minusMonths(8), now, ZONE))
                .isEqualTo(liveBefore);
        assertThat(figures.costs(Scope.ofGarage(plant.garage().id()), now.minusMonths(8), now, ZONE))
                .isEqualTo(costBefore);

        // Edits that move events across months and flip fills, deletes, restores and a late receipt.
        for (int i = 0; i < made.size(); i += 3) {
            VehicleEvent e = events.find(made.get(i).id()).orElseThrow();
            EventDraft moved = new EventDraft(
                    e.vehicleId(),
                    e.kind(),
                    e.occurredAt().minusDays(9),
                    e.odometer(),
                    e.cost() == null ? null : e.cost().add(BigDecimal.TEN),
                    e.quantity(),
                    e.quantityUnit(),
                    e.description(),
                    null,
                    null,
                    null,
                    e.filledToFull() == null ? null : !e.filledToFull(),
                    e.missedFill());
            events.save(e.id(), e.version(), moved).orElseThrow();
        }
        for (int i = 1; i < made.size(); i += 5) {
            VehicleEvent e = events.find(made.get(i).id()).orElseThrow();
            events.delete(e.id(), e.version()).orElseThrow();
        }
        VehicleEvent back = events.find(made.get(6).id()).orElseThrow();
        events.restore(back.id(), back.version()).orElseThrow();
        events.record(EventDraft.fuel(miles.id(), monthsAgo(5, 20, 9), n(1500), n(35), n(50), true, false));
        runRollups();
        assertRollupEqualsFromScratch();

        // Another plant sees none of it, through the tables or the read functions.
        Jdbi other = db.jdbiAs(stranger);
        long seen = other.withHandle(h -> h.createQuery("select (select count(*) from fleet.cost_month) "
                        + "+ (select count(*) from fleet.usage_month) + (select count(*) from fleet.cost_day)")
                .mapTo(Long.class)
                .one());
        assertThat(seen).isZero();
        FiguresService theirs = new FiguresService(other);
        assertThat(theirs.costs(Scope.ofVehicle(plant.van().id()), now.minusMonths(8), now, ZONE))
                .isEmpty();
        assertThat(theirs.usage(Scope.plant(), now.minusMonths(8), now, ZONE)).isEmpty();
        assertThat(new FleetService(other, Clock.systemUTC()).overview()).isEmpty();
    }

    @Test
    void aMonthsEconomyWaitsForTheNextFullFillAcrossMonthsAndAMissedFillBreaksTheChain() {
        Vehicle van = FleetFixture.plant(db, planner, "ECON 1").van();
        events.record(EventDraft.fuel(van.id(), monthsAgo(3, 5, 8), n(1000), n(50), n(80), true, false));
        VehicleEvent partial =
                events.record(EventDraft.fuel(van.id(), monthsAgo(3, 25, 8), n(1300), n(20), n(30), false, false));
        events.record(EventDraft.fuel(van.id(), monthsAgo(2, 3, 8), n(1600), n(30), n(45), true, false));
        events.record(EventDraft.fuel(van.id(), monthsAgo(2, 10, 8), n(2000), n(40), n(60), true, true));
        events.record(EventDraft.fuel(van.id(), monthsAgo(2, 20, 8), n(2400), n(40), n(60), true, false));
        runRollups();
        YearMonth now = YearMonth.now(ZONE);
        List<MonthUsage> months =
                figures.usage(Scope.ofVehicle(van.id()), now.minusMonths(3), now.minusMonths(2), ZONE);
        assertThat(months).hasSize(2);
        assertThat(months.getFirst().economy(FuelUnit.KM_PER_L))
                .as("a partial fill yields nothing")
                .isEmpty();
        assertThat(months.getFirst().distanceKm()).isEqualByComparingTo("300");
        assertThat(months.getFirst().fuelLitres()).isEqualByComparingTo("70");
        // (300 + 300) km on (20 + 30) L, then the missed fill drops its own 400 km, then 400 km on 40 L.
        MonthUsage second = months.getLast();
        assertThat(second.economy(FuelUnit.KM_PER_L).orElseThrow()).isCloseTo(1000.0 / 90, within(1e-9));
        assertThat(second.economy(FuelUnit.L_PER_100_KM).orElseThrow()).isCloseTo(9.0, within(1e-9));
        assertThat(second.economy(FuelUnit.MPG_US).orElseThrow()).isCloseTo(26.1350, within(1e-3));
        assertThat(second.economy(FuelUnit.MPG_UK).orElseThrow()).isCloseTo(31.3868, within(1e-3));
        assertThat(second.distanceKm()).isEqualByComparingTo("1100");
        // The same fills through LubeLogger's per-fill rule: 12 km/L, none, 10 km/L.
        List<FuelEconomy.Result> perFill = FuelEconomy.compute(events.fuelHistory(van.id()), "km");
        assertThat(perFill.stream()
                        .filter(FuelEconomy.Result::hasFigure)
                        .map(FuelEconomy.Result::kmPerLitre)
                        .toList())
                .containsExactly(12.0, 10.0);

        // The partial fill of three months ago changes: the economy two months ago follows once the engine runs.
        VehicleEvent p = events.find(partial.id()).orElseThrow();
        events.save(
                        p.id(),
                        p.version(),
                        new EventDraft(
                                van.id(),
                                EventKind.FUEL,
                                p.occurredAt(),
                                p.odometer(),
                                p.cost(),
                                n(10),
                                "L",
                                null,
                                null,
                                null,
                                null,
                                false,
                                false))
                .orElseThrow();
        runRollups();
        assertRollupEqualsFromScratch();
        MonthUsage after = figures.usage(Scope.ofVehicle(van.id()), now.minusMonths(2), now.minusMonths(2), ZONE)
                .getFirst();
        assertThat(after.economy(FuelUnit.KM_PER_L).orElseThrow()).isCloseTo(1000.0 / 80, within(1e-9));
    }

    @Test
    void theOverviewsMonthToDateCostCountsFromTheFirstMomentOfTheMonthBeforeAndAfterTheRollups() {
        Vehicle van = FleetFixture.plant(db, planner, "MTD 1").van();
        OffsetDateTime monthStart =
                YearMonth.now(ZONE).atDay(1).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now();
        events.record(EventDraft.of(van.id(), EventKind.REPAIR, monthStart.minusHours(1), null, n(500), "last month"));
        events.record(EventDraft.of(van.id(), EventKind.REPAIR, monthStart, null, n(40), "first moment of the month"));
        events.record(EventDraft.of(van.id(), EventKind.TAX_FEE, now.minusMinutes(1), null, n(2.5), "today"));
        BigDecimal expected = n(42.5);
        Map<UUID, VehicleOverview> before = new java.util.HashMap<>();
        new FleetService(db.jdbiAs(planner), Clock.systemUTC()).overview().forEach(o -> before.put(o.id(), o));
        assertThat(before.get(van.id()).monthCost()).isEqualByComparingTo(expected);
        runRollups();
        Map<UUID, VehicleOverview> overview = new java.util.HashMap<>();
        new FleetService(db.jdbiAs(planner), Clock.systemUTC()).overview().forEach(o -> overview.put(o.id(), o));
        assertThat(overview.get(van.id()).monthCost()).isEqualByComparingTo(expected);
        assertThat(overview.get(van.id()).lastKind()).isEqualTo("tax_fee");
        // Today's event deleted: the latest is the month's first moment again (or last month's, read from the rollup).
        VehicleEvent today = events.timeline(van.id(), null, java.util.Set.of(EventKind.TAX_FEE), false, 1)
                .getFirst();
        events.delete(today.id(), today.version()).orElseThrow();
        new FleetService(db.jdbiAs(planner), Clock.systemUTC()).overview().forEach(o -> overview.put(o.id(), o));
        assertThat(overview.get(van.id()).monthCost()).isEqualByComparingTo("40");
        assertThat(overview.get(van.id()).lastAt())
                .isEqualTo(monthStart
                        .toInstant()
                        .atOffset(overview.get(van.id()).lastAt().getOffset()));
    }
}
