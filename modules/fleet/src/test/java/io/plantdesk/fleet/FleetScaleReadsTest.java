package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.fleet.FiguresService.Scope;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fleet screen's reads keep their shape at scale: a timeline page is a keyset scan of the
 * timeline index merged across the months, never the vehicle's history read and sorted (checked
 * on the plan the app's prepared statement gets, as the person under RLS); the plant's cost chart
 * reads the rollups by category and still equals the events' figures, before the engine ran, after
 * it, and with a late edit still waiting for it.
 */
@ExtendWith(PostgresExtension.class)
class FleetScaleReadsTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");
    static final Pattern SORT_NODE = Pattern.compile("(?m)^\\s*(->\\s+)?(Incremental )?Sort\\s+\\(");
    static TestDatabase db;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
    }

    @Test
    void aTimelinePageIsAKeysetScanMergedAcrossTheMonthsNotASortOfTheHistory() throws IOException {
        UUID plant = db.createTenant("Keyset fleet");
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        Vehicle van = FleetFixture.plant(db, planner, "KEY 1").van();
        Vehicle other = FleetFixture.plant(db, planner, "KEY 2").van();
        db.adminJdbi().useHandle(h -> {
            h.execute("select core.ensure_month_partitions('fleet.vehicle_event', 24, 1)");
            h.execute("set session_replication_role = replica");
            // Two years of a busy van and of another vehicle, every 90 minutes.
            h.execute(
                    "insert into fleet.vehicle_event (tenant_id, id, vehicle_id, kind, occurred_at, odometer, cost, "
                            + "description, created_by, updated_by) select ?, gen_random_uuid(), v, 'note', "
                            + "now() - i * interval '90 minutes', null, 1, 'entry ' || i, 'test', 'test' "
                            + "from generate_series(1, 11000) i, unnest(array[?, ?]::uuid[]) v",
                    plant,
                    van.id(),
                    other.id());
            h.execute("analyze fleet.vehicle_event");
        });
        String sql = resource("io/plantdesk/fleet/EventDao/timeline.sql");
        String prepared = sql.replace(":vehicleId", "$1")
                .replace(":beforeAt", "$2")
                .replace(":beforeId", "$3")
                .replace(":deleted", "$4")
                .replace(":kinds", "$5")
                .replace(":limit", "$6")
                .replace(":toCheck", "$7");
        List<String> plan = db.jdbiAs(planner).withHandle(h -> {
            // The plan a prepared statement ends with after its first executions: the generic one.
            h.execute("set plan_cache_mode = force_generic_plan");
            h.execute("prepare page(uuid, timestamptz, uuid, boolean, text[], int, boolean) as " + prepared);
            return h.createQuery("explain (analyze, buffers, costs off) execute page('" + van.id()
                            + "', null, null, false, null, 200, false)")
                    .mapTo(String.class)
                    .list();
        });
        String text = String.join("\n", plan);
        assertThat(text).as(text).contains("Merge Append").doesNotContain("Seq Scan");
        assertThat(SORT_NODE.matcher(text).find()).as(text).isFalse();
        // Stopped at the page: a few rows past 200 read, out of the van's 11,000.
        long read = plan.stream()
                .filter(l -> l.contains("Index Scan") && l.contains("rows="))
                .map(l -> l.replaceAll(".*actual [^)]*rows=([0-9.]+).*", "$1"))
                .mapToLong(r -> (long) Double.parseDouble(r))
                .sum();
        assertThat(read).as(text).isLessThan(1000);
        // And the page the app gets is the newest 200, newest first.
        EventService events = new EventService(db.jdbiAs(planner), Clock.systemUTC());
        List<VehicleEvent> first = events.timeline(van.id(), null, java.util.Set.of(), false, 200);
        assertThat(first).hasSize(200);
        assertThat(first.getFirst().description()).isEqualTo("entry 1");
        List<VehicleEvent> next = events.timeline(van.id(), first.getLast(), java.util.Set.of(), false, 200);
        assertThat(next.getFirst().description()).isEqualTo("entry 201");
    }

    @Test
    void thePlantsCostChartReadsTheRollupByCategoryAndEqualsTheEvents() {
        UUID plant = db.createTenant("Chart fleet");
        db.adminJdbi()
                .useHandle(h -> h.execute("update core.tenant set time_zone = ? where id = ?", ZONE.getId(), plant));
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        TestUser operator = db.createUser(plant, AppRole.OPERATOR);
        EventService events = new EventService(db.jdbiAs(planner), Clock.systemUTC());
        FiguresService figures = new FiguresService(db.jdbiAs(planner));
        FleetFixture one = FleetFixture.plant(db, planner, "CHART 1");
        Vehicle two = FleetFixture.plant(db, planner, "CHART 2").van();
        Random random = new Random(5);
        VehicleEvent oldest = null;
        for (Vehicle v : List.of(one.van(), two)) {
            for (int month = 4; month >= 0; month--) {
                for (int i = 0; i < 5; i++) {
                    OffsetDateTime at = YearMonth.now(ZONE)
                            .minusMonths(month)
                            .atDay(1 + i * 5)
                            .atTime(8 + i, 0)
                            .atZone(ZONE)
                            .toOffsetDateTime();
                    if (at.isAfter(OffsetDateTime.now())) {
                        continue;
                    }
                    EventKind kind = EventKind.values()[random.nextInt(EventKind.values().length)];
                    BigDecimal odometer = n(10_000 + (4 - month) * 1000 + i * 100);
                    VehicleEvent e = kind == EventKind.FUEL
                            ? events.record(EventDraft.fuel(v.id(), at, odometer, n(30), n(50 + i), true, false))
                            : events.record(EventDraft.of(
                                    v.id(), kind, at, odometer, kind == EventKind.NOTE ? null : n(10 + i), "work"));
                    oldest = oldest == null ? e : oldest;
                }
            }
        }
        events.record(
                EventDraft.of(two.id(), EventKind.REPAIR, OffsetDateTime.now().minusMinutes(1), null, n(7), "today"));
        YearMonth now = YearMonth.now(ZONE);
        assertChartsMatchEvents(figures, planner, one.van().id(), now);
        RollupRunner runner = new RollupRunner(db.jdbiAs(operator));
        runner.catchUp("fleet_monthly", p -> {}, () -> false);
        runner.catchUp("fleet_daily", p -> {}, () -> false);
        long byKind = db.jdbiAs(planner)
                .withHandle(h -> h.createQuery("select count(*) from fleet.cost_kind_month")
                        .mapTo(Long.class)
                        .one());
        assertThat(byKind).isPositive();
        assertChartsMatchEvents(figures, planner, one.van().id(), now);
        // A late edit of the oldest month waits for the engine: the chart counts it already.
        VehicleEvent e = events.find(oldest.id()).orElseThrow();
        events.save(
                        e.id(),
                        e.version(),
                        EventDraft.of(e.vehicleId(), EventKind.DAMAGE, e.occurredAt(), e.odometer(), n(999), "late"))
                .orElseThrow();
        assertChartsMatchEvents(figures, planner, one.van().id(), now);
        runner.catchUp("fleet_daily", p -> {}, () -> false);
        assertChartsMatchEvents(figures, planner, one.van().id(), now);
        runner.catchUp("fleet_monthly", p -> {}, () -> false);
        assertChartsMatchEvents(figures, planner, one.van().id(), now);
    }

    private static void assertChartsMatchEvents(FiguresService figures, TestUser planner, UUID vehicle, YearMonth now) {
        for (Scope scope : List.of(Scope.plant(), Scope.ofVehicle(vehicle))) {
            List<String> chart = figures.costs(scope, now.minusMonths(5), now, ZONE).stream()
                    .map(c -> c.monthStart().toEpochSecond() + " " + c.kind().dbValue() + " "
                            + c.cost().setScale(2, RoundingMode.UNNECESSARY) + " " + c.events())
                    .sorted()
                    .toList();
            List<String> scratch = db
                    .jdbiAs(planner)
                    .withHandle(h -> h.createQuery("select concat_ws(' ', extract(epoch from m)::bigint, kind, "
                                    + "coalesce(sum(cost), 0)::numeric(14, 2), count(*)) from (select "
                                    + "core.bucket_start('month', e.occurred_at, t.time_zone) as m, e.kind, e.cost "
                                    + "from fleet.vehicle_event e join core.tenant t on t.id = e.tenant_id "
                                    + "where e.deleted_at is null and (cast(:v as uuid) is null or e.vehicle_id = :v)) x "
                                    + "group by m, kind")
                            .bind("v", scope.vehicle())
                            .mapTo(String.class)
                            .list())
                    .stream()
                    .sorted()
                    .toList();
            assertThat(chart).as(scope.toString()).isNotEmpty().isEqualTo(scratch);
        }
    }

    static BigDecimal n(double v) {
        return BigDecimal.valueOf(v);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = FleetScaleReadsTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
