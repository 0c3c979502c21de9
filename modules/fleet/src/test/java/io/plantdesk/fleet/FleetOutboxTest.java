package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.fleet.api.FuelEntry;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.outbox.ActionTypes;
import io.plantdesk.platform.outbox.Outbox;
import io.plantdesk.platform.outbox.OutboxAction;
import io.plantdesk.platform.outbox.ReplayContext;
import io.plantdesk.platform.outbox.Replayer;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fuel and odometer entries recorded at the pump while the server is away, replayed when it
 * answers: each once, at the time entered; one the server cannot take waits with its reason in
 * words, and goes through once fixed.
 */
@ExtendWith(PostgresExtension.class)
class FleetOutboxTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser driver;

    @TempDir
    Path data;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Pump outbox plant");
        planner = db.createUser(p, AppRole.PLANNER);
        driver = db.createUser(p, AppRole.OPERATOR);
    }

    private static ReplayContext as(TestUser user) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:" + db.profile().port() + "/" + db.name());
        ds.setUser(user.login());
        ds.setPassword(user.password());
        return new ReplayContext(Database.jdbiFor(ds), Clock.systemUTC(), user.personId());
    }

    private static void drain(Outbox box) throws InterruptedException {
        try (Replayer r =
                new Replayer(box, ActionTypes.discover(), as(driver), Duration.ofMillis(100), new Random(1))) {
            r.kick();
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (box.status().pending() > 0) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("the outbox did not drain");
                }
                Thread.sleep(50);
            }
        }
    }

    private long events(Vehicle v, String kind) {
        return db.adminJdbi()
                .withHandle(
                        h -> h.createQuery("select count(*) from fleet.vehicle_event where vehicle_id = ? and kind = ?")
                                .bind(0, v.id())
                                .bind(1, kind)
                                .mapTo(Long.class)
                                .one());
    }

    @Test
    void pumpEntriesQueuedOfflineArriveOnceAndAnUnreadableOneIsFixedAndResent() throws Exception {
        assertThat(ActionTypes.discover().names()).contains(FleetActionTypes.FUEL, FleetActionTypes.ODOMETER);
        Vehicle v = FleetFixture.plant(db, planner, "OBX 1").van();
        OffsetDateTime at = OffsetDateTime.now(java.time.ZoneOffset.UTC)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .minusHours(6);
        try (Outbox box = Outbox.open(data, driver.personId(), Clock.systemUTC())) {
            box.append(
                    FleetActionTypes.FUEL,
                    FleetActionTypes.fuel(
                            new FuelEntry(
                                    v.id(),
                                    at,
                                    new BigDecimal("1200"),
                                    new BigDecimal("40"),
                                    "L",
                                    new BigDecimal("4800"),
                                    true,
                                    false,
                                    "Depot pump"),
                            v.plate()));
            box.append(
                    FleetActionTypes.ODOMETER,
                    FleetActionTypes.odometer(v.id(), v.plate(), at.plusHours(3), new BigDecimal("1260")));
            OutboxAction typo = box.append(
                    FleetActionTypes.FUEL,
                    FleetActionTypes.fuel(
                                    new FuelEntry(
                                            v.id(),
                                            at.plusHours(5),
                                            null,
                                            BigDecimal.ONE,
                                            "L",
                                            null,
                                            false,
                                            false,
                                            null),
                                    v.plate())
                            .with("quantity", "4O"));
            assertThat(ActionTypes.discover()
                            .require(FleetActionTypes.FUEL)
                            .describe(typo.payload())
                            .english())
                    .isEqualTo("4O L of fuel for " + v.plate());
            drain(box);
            assertThat(events(v, "fuel")).isEqualTo(1);
            assertThat(events(v, "odometer")).isEqualTo(1);
            OutboxAction refused = box.rejected().getFirst();
            assertThat(refused.id()).isEqualTo(typo.id());
            assertThat(refused.refusal().orElseThrow().english())
                    .isEqualTo(v.plate() + ": not recorded. \"4O\" is not a number.");

            box.resend(typo.id(), refused.payload().with("quantity", "40"));
            drain(box);
            assertThat(box.all()).isEmpty();
        }
        assertThat(events(v, "fuel")).isEqualTo(2);
        assertThat(db.adminJdbi()
                        .withHandle(h -> h.createQuery(
                                        "select min(occurred_at) from fleet.vehicle_event where vehicle_id = ?")
                                .bind(0, v.id())
                                .mapTo(OffsetDateTime.class)
                                .one())
                        .toInstant())
                .isEqualTo(at.toInstant());
    }
}
