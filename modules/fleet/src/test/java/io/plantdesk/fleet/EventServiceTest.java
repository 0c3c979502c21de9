package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Events on the real database: the odometer rule, the kept history, soft delete, corrections, checks. */
@ExtendWith(PostgresExtension.class)
class EventServiceTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static TestUser operator;
    static EventService events;
    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Fleet plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        operator = db.createUser(p, AppRole.OPERATOR);
        events = new EventService(db.jdbiAs(technician), Clock.systemUTC());
    }

    private static BigDecimal km(int v) {
        return BigDecimal.valueOf(v);
    }

    private static VehicleEvent reading(Vehicle v, int daysAgo, int odometer) {
        return events.record(
                EventDraft.of(v.id(), EventKind.ODOMETER, NOW.minusDays(daysAgo), km(odometer), null, null));
    }

    @Test
    void aBackDatedReadingThatFitsIsAcceptedAndOneThatDoesNotIsSavedAndFlagged() {
        Vehicle van = FleetFixture.plant(db, planner, "ODO 1").van();
        reading(van, 30, 10_000);
        reading(van, 10, 12_000);
        VehicleEvent late = reading(van, 20, 11_000);
        assertThat(late.needsReview())
                .as("a late receipt between its neighbours fits")
                .isFalse();

        VehicleEvent tooLow = reading(van, 5, 11_500);
        assertThat(tooLow.odometerReview()).isEqualTo("lower_than_earlier");
        VehicleEvent tooHigh = reading(van, 25, 11_900);
        assertThat(tooHigh.odometerReview()).isEqualTo("higher_than_later");
        assertThat(events.find(tooHigh.id())).as("saved, not refused").isPresent();

        // A flagged reading nobody confirmed does not flag the good ones after it.
        assertThat(reading(van, 2, 12_500).needsReview()).isFalse();

        VehicleEvent confirmed =
                events.confirmReading(tooLow.id(), tooLow.version()).orElseThrow();
        assertThat(confirmed.needsReview()).isFalse();
        assertThat(confirmed.reviewedAt()).isNotNull();

        // Correcting the typo clears the flag.
        VehicleEvent fixed = events.save(
                        tooHigh.id(),
                        tooHigh.version(),
                        EventDraft.of(van.id(), EventKind.ODOMETER, tooHigh.occurredAt(), km(10_500), null, null))
                .orElseThrow();
        assertThat(fixed.odometerReview()).isNull();
    }

    @Test
    void everyEditIsKeptWithWhoWhenBeforeAndAfterAndADeleteCanBeRestored() {
        Vehicle van = FleetFixture.plant(db, planner, "HIS 1").van();
        VehicleEvent e = events.record(EventDraft.of(
                van.id(), EventKind.REPAIR, NOW.minusDays(3), km(5000), new BigDecimal("120.00"), "Brake pads"));
        VehicleEvent edited = events.save(
                        e.id(),
                        e.version(),
                        EventDraft.of(
                                van.id(),
                                EventKind.REPAIR,
                                e.occurredAt(),
                                km(5000),
                                new BigDecimal("135.50"),
                                "Brake pads and discs"))
                .orElseThrow();
        assertThat(events.save(
                                e.id(),
                                e.version(),
                                EventDraft.of(
                                        van.id(), EventKind.REPAIR, e.occurredAt(), km(5000), BigDecimal.ONE, "stale"))
                        .isEmpty())
                .as("an edit from an old version is a conflict")
                .isTrue();

        VehicleEvent deleted = events.delete(e.id(), edited.version()).orElseThrow();
        assertThat(deleted.deleted()).isTrue();
        assertThat(events.timeline(van.id(), null, Set.of(), false, 50))
                .extracting(VehicleEvent::id)
                .doesNotContain(e.id());
        assertThat(events.timeline(van.id(), null, Set.of(), true, 50))
                .extracting(VehicleEvent::id)
                .containsExactly(e.id());
        VehicleEvent restored = events.restore(e.id(), deleted.version()).orElseThrow();
        assertThat(restored.deleted()).isFalse();

        List<Revision> history = events.history(e.id());
        assertThat(history).extracting(Revision::action).containsExactly("created", "edited", "deleted", "restored");
        Revision edit = history.get(1);
        assertThat(edit.changedBy()).isEqualTo(technician.login());
        assertThat(edit.personName()).isNotBlank();
        assertThat(edit.changes())
                .containsExactlyInAnyOrder(
                        new Revision.FieldChange("cost", "120.00", "135.50"),
                        new Revision.FieldChange("description", "Brake pads", "Brake pads and discs"));
        assertThat(history.get(0).changes())
                .extracting(Revision.FieldChange::field)
                .contains("kind", "cost", "odometer");
    }

    @Test
    void theHistoryCannotBeWrittenOrRewrittenByHand() {
        Vehicle van = FleetFixture.plant(db, planner, "HIS 2").van();
        VehicleEvent e = events.record(EventDraft.of(van.id(), EventKind.NOTE, NOW, null, null, "Dent on the door"));
        assertThatThrownBy(() -> db.jdbiAs(technician)
                        .useHandle(h -> h.execute(
                                "insert into fleet.event_revision (tenant_id, event_id, action, changed_by, after) "
                                        + "values (core.current_tenant(), ?, 'edited', 'someone', '{}')",
                                e.id())))
                .isInstanceOf(JdbiException.class)
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> db.jdbiAs(technician)
                        .useHandle(h -> h.execute("update fleet.event_revision set changed_by = 'someone'")))
                .isInstanceOf(JdbiException.class)
                .hasMessageContaining("permission denied");
    }

    @Test
    void aLocationCorrectionKeepsTheOriginalAndTheReason() {
        Vehicle van = FleetFixture.plant(db, planner, "LOC 1").van();
        VehicleEvent e = events.record(new EventDraft(
                van.id(),
                EventKind.DAMAGE,
                NOW.minusDays(1),
                null,
                null,
                null,
                null,
                "Scratch",
                new BigDecimal("23.810300"),
                new BigDecimal("90.412500"),
                "Gate 2",
                null,
                null));
        assertThatThrownBy(() -> db.jdbiAs(technician)
                        .useHandle(h -> h.execute(
                                "update fleet.vehicle_event set latitude = 0, longitude = 0 where id = ?", e.id())))
                .as("a location never moves in place")
                .hasMessageContaining("permission denied");

        VehicleEvent moved = events.correctLocation(
                e.id(),
                new BigDecimal("23.750000"),
                new BigDecimal("90.390000"),
                "Tejgaon yard",
                "GPS fix was taken at the gate, not where it happened");
        assertThat(moved.place()).isEqualTo("Tejgaon yard");
        assertThat(moved.latitude()).isEqualByComparingTo("23.75");
        var correction = events.corrections(e.id()).getFirst();
        assertThat(correction.originalLatitude()).isEqualByComparingTo("23.8103");
        assertThat(correction.originalPlace()).isEqualTo("Gate 2");
        assertThat(correction.reason()).isEqualTo("GPS fix was taken at the gate, not where it happened");
        assertThat(correction.correctedBy()).isEqualTo(technician.login());
        assertThat(events.history(e.id()).getLast().action()).isEqualTo("location_corrected");

        assertThatThrownBy(() -> events.correctLocation(e.id(), null, null, "Yard", " "))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("why the location is corrected");
    }

    @Test
    void theDatabaseChecksEveryRuleWithASentence() {
        Vehicle van = FleetFixture.plant(db, planner, "CHK 1").van();
        assertThatThrownBy(() -> events.record(new EventDraft(
                        van.id(),
                        EventKind.FUEL,
                        NOW,
                        km(1),
                        null,
                        new BigDecimal("30"),
                        "L",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("filled to full");
        assertThatThrownBy(() -> events.record(
                        EventDraft.of(van.id(), EventKind.REPAIR, NOW, km(1), new BigDecimal("-5"), null)))
                .hasMessage("A cost cannot be negative.");
        assertThatThrownBy(() -> events.record(EventDraft.of(van.id(), EventKind.ODOMETER, NOW, null, null, null)))
                .hasMessage("An odometer reading needs the reading.");
        assertThatThrownBy(() -> events.record(new EventDraft(
                        van.id(),
                        EventKind.FUEL,
                        NOW,
                        km(1),
                        null,
                        new BigDecimal("30"),
                        "pcs",
                        null,
                        null,
                        null,
                        null,
                        true,
                        false)))
                .hasMessageContaining("litres, US or UK gallons");
        assertThatThrownBy(() -> new FleetService(db.jdbiAs(planner), Clock.systemUTC())
                        .createVehicle(VehicleDraft.of("CHK 1", "Ford", "Transit", "diesel", null)))
                .hasMessage("Another vehicle already has that plate.");
    }

    @Test
    void driversRecordButDoNotEditAndOtherPlantsSeeNothing() {
        Vehicle van = FleetFixture.plant(db, planner, "RLS 1").van();
        EventService driver = new EventService(db.jdbiAs(operator), Clock.systemUTC());
        VehicleEvent e = driver.record(EventDraft.of(van.id(), EventKind.NOTE, NOW, null, null, "Tyre looks low"));
        assertThatThrownBy(() -> driver.delete(e.id(), e.version())).isInstanceOf(RuntimeException.class);

        UUID other = db.createTenant("Other plant");
        EventService stranger = new EventService(db.jdbiAs(db.createUser(other, AppRole.ADMIN)), Clock.systemUTC());
        assertThat(stranger.find(e.id())).isEmpty();
        assertThat(stranger.history(e.id())).isEmpty();
    }

    @Test
    void eventsFallInTheirMonthsAndTheTimelinePagesNewestFirstByKind() {
        Vehicle van = FleetFixture.plant(db, planner, "TML 1").van();
        for (int i = 0; i < 30; i++) {
            events.record(EventDraft.of(
                    van.id(),
                    i % 3 == 0 ? EventKind.INSPECTION : EventKind.NOTE,
                    NOW.minusDays(25L * i),
                    null,
                    null,
                    "note " + i));
        }
        List<VehicleEvent> first = events.timeline(van.id(), null, Set.of(), false, 10);
        List<VehicleEvent> second = events.timeline(van.id(), first.getLast(), Set.of(), false, 10);
        assertThat(first).hasSize(10);
        assertThat(first.getFirst().description()).isEqualTo("note 0");
        assertThat(second.getFirst().description()).isEqualTo("note 10");
        assertThat(events.timeline(van.id(), null, Set.of(EventKind.INSPECTION), false, 100))
                .hasSize(10);
        // Two years back sits in a month partition; an old import lands in the default one.
        events.record(EventDraft.of(
                van.id(),
                EventKind.NOTE,
                OffsetDateTime.parse("2015-03-01T10:00:00Z"),
                null,
                null,
                "bought second-hand"));
        long inDefault = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from fleet.vehicle_event_default where description = 'bought second-hand'")
                        .mapTo(Long.class)
                        .one());
        assertThat(inDefault).isEqualTo(1);
        long partitions = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from pg_inherits where inhparent = 'fleet.vehicle_event'::regclass")
                        .mapTo(Long.class)
                        .one());
        assertThat(partitions).isGreaterThanOrEqualTo(28);
    }
}
