package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readings to check: the overview's count, and the rise check when two readings arrive at once. */
@ExtendWith(PostgresExtension.class)
class OdometerReviewTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static TestUser operator;
    static EventService events;
    static FleetService fleet;
    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Odometer plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        operator = db.createUser(p, AppRole.OPERATOR);
        events = new EventService(db.jdbiAs(technician), Clock.systemUTC());
        fleet = new FleetService(db.jdbiAs(planner), Clock.systemUTC());
    }

    private static VehicleEvent reading(Vehicle v, int daysAgo, int odometer) {
        return events.record(EventDraft.of(
                v.id(), EventKind.ODOMETER, NOW.minusDays(daysAgo), BigDecimal.valueOf(odometer), null, null));
    }

    private static int toCheck(Vehicle v) {
        return fleet.overview().stream()
                .filter(o -> o.id().equals(v.id()))
                .findFirst()
                .orElseThrow()
                .toReview();
    }

    @Test
    void aConfirmedReadingNoLongerCountsAsToCheck() {
        Vehicle van = FleetFixture.plant(db, planner, "REV 1").van();
        reading(van, 30, 10_000);
        VehicleEvent low = reading(van, 5, 9_000);
        VehicleEvent alsoLow = reading(van, 4, 9_100);
        assertThat(low.needsReview()).isTrue();
        assertThat(alsoLow.needsReview()).isTrue();
        assertThat(toCheck(van)).isEqualTo(2);

        events.confirmReading(low.id(), low.version()).orElseThrow();
        assertThat(toCheck(van)).as("the confirmed one is done").isEqualTo(1);
        events.delete(alsoLow.id(), alsoLow.version()).orElseThrow();
        assertThat(toCheck(van)).as("a deleted one is not to check either").isZero();
    }

    /**
     * Two drivers send readings of one van at the same moment: an earlier one of 12,000 km and a
     * later one of 11,000. Whichever commits second must see the first: here the later (lower)
     * reading waits for the earlier and is flagged. Without the wait both passed unflagged.
     */
    @Test
    void twoReadingsAtOnceAreCheckedOneAfterTheOther() throws Exception {
        Vehicle van = FleetFixture.plant(db, planner, "RACE 1").van();
        reading(van, 30, 10_000);
        try (Connection first = db.connectAs(operator);
                Connection second = db.connectAs(technician)) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            insertReading(first, van, NOW.minusDays(2), 12_000);
            CompletableFuture<Void> late = CompletableFuture.runAsync(() -> {
                try {
                    insertReading(second, van, NOW.minusDays(1), 11_000);
                    second.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitWaitingForLock(second);
            first.commit();
            late.get(30, TimeUnit.SECONDS);
        }
        var list = events.timeline(van.id(), null, java.util.Set.of(EventKind.ODOMETER), false, 10);
        VehicleEvent lower = list.stream()
                .filter(e -> e.odometer().intValue() == 11_000)
                .findFirst()
                .orElseThrow();
        VehicleEvent higher = list.stream()
                .filter(e -> e.odometer().intValue() == 12_000)
                .findFirst()
                .orElseThrow();
        assertThat(higher.needsReview()).isFalse();
        assertThat(lower.odometerReview()).isEqualTo("lower_than_earlier");
        assertThat(toCheck(van)).isEqualTo(1);
    }

    private static void insertReading(Connection c, Vehicle v, OffsetDateTime at, int km) throws Exception {
        try (PreparedStatement s =
                c.prepareStatement("insert into fleet.vehicle_event (tenant_id, id, vehicle_id, kind, "
                        + "occurred_at, odometer) values (core.current_tenant(), ?, ?, 'odometer', ?, ?)")) {
            s.setObject(1, db.ids().next());
            s.setObject(2, v.id());
            s.setObject(3, at);
            s.setBigDecimal(4, BigDecimal.valueOf(km));
            s.executeUpdate();
        }
    }

    /** Until the connection's statement waits for a lock (it would have finished without the fix). */
    private static void awaitWaitingForLock(Connection waiting) throws Exception {
        int pid = waiting.unwrap(org.postgresql.PGConnection.class).getBackendPID();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Connection admin = db.admin().getConnection();
                PreparedStatement s =
                        admin.prepareStatement("select wait_event_type = 'Lock' from pg_stat_activity where pid = ?")) {
            s.setInt(1, pid);
            while (System.nanoTime() < deadline) {
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && r.getBoolean(1)) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        // Not waiting: the reading went through unchecked against the first; the assertions say so.
    }
}
