package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.fleet.api.FleetActions;
import io.plantdesk.fleet.api.FleetApis;
import io.plantdesk.fleet.api.FuelEntry;
import io.plantdesk.fleet.api.RecordedEvent;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A fuel entry at the pump acts once per client key, however often (and however concurrently) it arrives. */
@ExtendWith(PostgresExtension.class)
class FleetActionsTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser driver;
    static FleetActions actions;
    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Pump plant");
        planner = db.createUser(p, AppRole.PLANNER);
        driver = db.createUser(p, AppRole.OPERATOR);
        actions = FleetApis.find().orElseThrow().actions(db.jdbiAs(driver), Clock.systemUTC());
    }

    private long fuelCount(Vehicle v) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from fleet.vehicle_event where vehicle_id = ? and kind = 'fuel'")
                        .bind(0, v.id())
                        .mapTo(Long.class)
                        .one());
    }

    private static FuelEntry fill(Vehicle v, int odometer) {
        return new FuelEntry(
                v.id(),
                NOW,
                BigDecimal.valueOf(odometer),
                new BigDecimal("42.5"),
                "L",
                new BigDecimal("5312.50"),
                true,
                false,
                "Shell, Tejgaon");
    }

    @Test
    void aFillFromAClockAheadIsStoredAtTheServersNowAndOneFromTenMinutesAgoAtItsTime() {
        Vehicle v = FleetFixture.plant(db, planner, "PMP T").van();
        FuelEntry f = fill(v, 2000);
        OffsetDateTime ahead = OffsetDateTime.now(ZoneOffset.UTC).plusHours(6);
        RecordedEvent future = actions.recordFuel(
                UUID.randomUUID(),
                new FuelEntry(v.id(), ahead, f.odometer(), f.quantity(), f.unit(), f.cost(), true, false, f.place()));
        OffsetDateTime stored = new EventService(db.jdbiAs(driver), Clock.systemUTC())
                .find(future.eventId())
                .orElseThrow()
                .occurredAt();
        assertThat(stored).isBefore(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(5));
        OffsetDateTime tenMinutesAgo = NOW.minusMinutes(10);
        RecordedEvent kept = actions.recordFuel(
                UUID.randomUUID(),
                new FuelEntry(
                        v.id(),
                        tenMinutesAgo,
                        BigDecimal.valueOf(2100),
                        f.quantity(),
                        f.unit(),
                        f.cost(),
                        true,
                        false,
                        f.place()));
        assertThat(new EventService(db.jdbiAs(driver), Clock.systemUTC())
                        .find(kept.eventId())
                        .orElseThrow()
                        .occurredAt()
                        .toInstant())
                .isEqualTo(tenMinutesAgo.toInstant());
    }

    @Test
    void theSameKeyTwiceRecordsOneFill() {
        Vehicle v = FleetFixture.plant(db, planner, "PMP 1").van();
        UUID key = UUID.randomUUID();
        RecordedEvent first = actions.recordFuel(key, fill(v, 1000));
        RecordedEvent again = actions.recordFuel(key, fill(v, 1000));
        assertThat(first.repeated()).isFalse();
        assertThat(again).isEqualTo(new RecordedEvent(first.eventId(), true, false));
        assertThat(fuelCount(v)).isEqualTo(1);
        VehicleEvent stored = new EventService(db.jdbiAs(driver), Clock.systemUTC())
                .find(first.eventId())
                .orElseThrow();
        assertThat(stored.quantity()).isEqualByComparingTo("42.5");
        assertThat(stored.filledToFull()).isTrue();
        assertThat(stored.place()).isEqualTo("Shell, Tejgaon");
    }

    @Test
    void aKeyOfAnotherActionIsRefusedWithASentence() {
        Vehicle v = FleetFixture.plant(db, planner, "PMP 2").van();
        UUID key = UUID.randomUUID();
        actions.recordOdometer(key, v.id(), NOW, new BigDecimal("900"));
        assertThatThrownBy(() -> actions.recordFuel(key, fill(v, 1000)))
                .hasMessageContaining("already used for another kind of entry");
    }

    @Test
    void eightPumpsSendingOneKeyAtOnceMakeOneEvent() throws Exception {
        Vehicle v = FleetFixture.plant(db, planner, "PMP 3").van();
        UUID key = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RecordedEvent>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return actions.recordFuel(key, fill(v, 2000));
            }));
        }
        go.countDown();
        Set<UUID> ids = new HashSet<>();
        int fresh = 0;
        for (Future<RecordedEvent> f : results) {
            RecordedEvent r = f.get();
            ids.add(r.eventId());
            fresh += r.repeated() ? 0 : 1;
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
        assertThat(fresh).isEqualTo(1);
        assertThat(fuelCount(v)).isEqualTo(1);
    }

    @Test
    void aReadingThatDoesNotFitIsRecordedAndSaysItNeedsReview() {
        Vehicle v = FleetFixture.plant(db, planner, "PMP 4").van();
        actions.recordOdometer(UUID.randomUUID(), v.id(), NOW.minusDays(2), new BigDecimal("5000"));
        RecordedEvent low = actions.recordFuel(UUID.randomUUID(), fill(v, 4000));
        assertThat(low.needsReview()).isTrue();
        assertThat(fuelCount(v)).isEqualTo(1);
    }
}
