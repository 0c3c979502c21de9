package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The overview reads one precomputed row per vehicle (fleet.vehicle_state) instead of its events:
 * after inserts, back-dated entries, a reading flagged and then confirmed, edits that move an event
 * out of this month, deletes and restores, the row equals the same figures read from the events,
 * and so does the overview's line; two people writing one vehicle's events at once both count.
 */
@ExtendWith(PostgresExtension.class)
class VehicleStateTest {

    static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    static TestDatabase db;
    static TestUser planner;
    static EventService events;
    static FleetService fleet;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("State fleet plant");
        db.adminJdbi().useHandle(h -> h.execute("update core.tenant set time_zone = ? where id = ?", ZONE.getId(), p));
        planner = db.createUser(p, AppRole.PLANNER);
        events = new EventService(db.jdbiAs(planner), Clock.systemUTC());
        fleet = new FleetService(db.jdbiAs(planner), Clock.systemUTC());
    }

    static BigDecimal n(double v) {
        return BigDecimal.valueOf(v);
    }

    /** The vehicle's stored row next to the same figures from its events, both as the planner sees them. */
    static void assertStateMatchesEvents(UUID vehicle) {
        String live = " from fleet.vehicle_event e where e.vehicle_id = :v and e.deleted_at is null";
        String reading =
                live + " and e.odometer is not null and (e.odometer_review is null or e.reviewed_at is not null)"
                        + " order by e.occurred_at desc, e.id desc limit 1";
        db.jdbiAs(planner).useHandle(h -> {
            String stored = h.createQuery("select concat_ws(' ', s.last_at, s.last_kind, s.odometer, s.odometer_at, "
                            + "s.to_review, s.month_cost) from fleet.vehicle_state s where s.vehicle_id = :v")
                    .bind("v", vehicle)
                    .mapTo(String.class)
                    .one();
            String scratch = h.createQuery("select concat_ws(' ', "
                            + "(select e.occurred_at" + live + " order by e.occurred_at desc, e.kind limit 1), "
                            + "(select e.kind" + live + " order by e.occurred_at desc, e.kind limit 1), "
                            + "(select e.odometer" + reading + "), (select e.occurred_at" + reading + "), "
                            + "(select count(*)" + live
                            + " and e.odometer_review is not null and e.reviewed_at is null), "
                            + "(select coalesce(sum(e.cost), 0)::numeric(14, 2)" + live
                            + " and e.occurred_at >= m.s and e.occurred_at < core.bucket_end('month', m.s, t.time_zone))) "
                            + "from core.tenant t, lateral (select core.bucket_start('month', now(), t.time_zone) as s) m "
                            + "where t.id = core.current_tenant()")
                    .bind("v", vehicle)
                    .mapTo(String.class)
                    .one();
            assertThat(stored).isEqualTo(scratch);
            VehicleOverview line = fleet.overview().stream()
                    .filter(o -> o.id().equals(vehicle))
                    .findFirst()
                    .orElseThrow();
            String overview = h.createQuery(
                            "select concat_ws(' ', s.last_at, s.last_kind, s.to_review, s.month_cost) from fleet.vehicle_state s "
                                    + "where s.vehicle_id = :v")
                    .bind("v", vehicle)
                    .mapTo(String.class)
                    .one();
            assertThat(overview)
                    .isEqualTo(h.createQuery("select concat_ws(' ', cast(:at as timestamptz), cast(:kind as text), "
                                    + "cast(:review as int), cast(:cost as numeric(14, 2)))")
                            .bind("at", line.lastAt())
                            .bind("kind", line.lastKind())
                            .bind("review", line.toReview())
                            .bind("cost", line.monthCost())
                            .mapTo(String.class)
                            .one());
        });
    }

    @Test
    void theVehiclesRowFollowsItsEventsThroughEditsDeletesRestoresAndFlaggedReadings() {
        Vehicle van = FleetFixture.plant(db, planner, "STATE 1").van();
        OffsetDateTime month = YearMonth.now(ZONE).atDay(1).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now();
        VehicleEvent old =
                events.record(EventDraft.fuel(van.id(), month.minusDays(20), n(1000), n(40), n(60), true, false));
        assertStateMatchesEvents(van.id());
        VehicleEvent repair = events.record(
                EventDraft.of(van.id(), EventKind.REPAIR, month.plusMinutes(30), n(1200), n(250.5), "brakes"));
        events.record(EventDraft.of(van.id(), EventKind.NOTE, now.minusMinutes(5), null, null, "parked at gate 2"));
        assertStateMatchesEvents(van.id());
        // A reading lower than an earlier one is saved and flagged: the row counts it, and keeps the earlier reading.
        VehicleEvent low =
                events.record(EventDraft.of(van.id(), EventKind.ODOMETER, now.minusMinutes(2), n(900), null, "typo"));
        assertThat(low.needsReview()).isTrue();
        assertStateMatchesEvents(van.id());
        low = events.confirmReading(low.id(), low.version()).orElseThrow();
        assertStateMatchesEvents(van.id());
        // This month's repair moved into last month: this month's cost drops.
        EventDraft moved = EventDraft.of(van.id(), EventKind.REPAIR, month.minusDays(3), n(1200), n(250.5), "brakes");
        repair = events.save(repair.id(), repair.version(), moved).orElseThrow();
        assertStateMatchesEvents(van.id());
        // The latest event deleted, then restored; a late receipt dated inside this month.
        low = events.delete(low.id(), low.version()).orElseThrow();
        assertStateMatchesEvents(van.id());
        events.restore(low.id(), low.version()).orElseThrow();
        events.record(EventDraft.of(van.id(), EventKind.TAX_FEE, month.plusHours(2), null, n(12.25), "late receipt"));
        assertStateMatchesEvents(van.id());
        events.delete(old.id(), old.version()).orElseThrow();
        assertStateMatchesEvents(van.id());
        VehicleOverview line = fleet.overview().stream()
                .filter(o -> o.id().equals(van.id()))
                .findFirst()
                .orElseThrow();
        assertThat(line.monthCost()).isEqualByComparingTo("12.25");
        assertThat(line.lastKind()).isEqualTo("odometer");
    }

    @Test
    void twoPeopleRecordingOneVehicleAtOnceAreBothCounted() throws Exception {
        Vehicle van = FleetFixture.plant(db, planner, "STATE 2").van();
        OffsetDateTime now = OffsetDateTime.now();
        Ids ids = new Ids(Clock.systemUTC());
        // The first stays open after its insert (its trigger has computed the row without the second's event)...
        try (Handle first = db.jdbiAs(planner).open()) {
            first.begin();
            first.attach(EventDao.class)
                    .insert(
                            ids.next(),
                            EventDraft.of(van.id(), EventKind.REPAIR, now.minusMinutes(3), null, n(100), "one"));
            // ... while the second records its own; it must wait for the first, then count both.
            CompletableFuture<VehicleEvent> second = CompletableFuture.supplyAsync(() ->
                    events.record(EventDraft.of(van.id(), EventKind.DAMAGE, now.minusMinutes(1), null, n(40), "two")));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!waitingForALock() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(second).isNotDone();
            first.commit();
            second.get(20, TimeUnit.SECONDS);
        }
        assertStateMatchesEvents(van.id());
        VehicleOverview line = fleet.overview().stream()
                .filter(o -> o.id().equals(van.id()))
                .findFirst()
                .orElseThrow();
        assertThat(line.monthCost()).isEqualByComparingTo("140");
        assertThat(line.lastKind()).isEqualTo("damage");
    }

    private static boolean waitingForALock() {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select exists (select 1 from pg_locks where not granted)")
                        .mapTo(Boolean.class)
                        .one());
    }
}
