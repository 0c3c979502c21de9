package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Readings flagged "to check" found (the timeline's filter) and settled: confirmed as they are, or
 * corrected with a reason the history keeps beside the reading before and after; and an event's
 * location set when recorded and corrected later, the original and the reason kept.
 */
@ExtendWith(PostgresExtension.class)
class ReadingReviewTest {

    static TestDatabase db;
    static TestUser planner;
    static EventService events;
    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Review plant");
        planner = db.createUser(p, AppRole.PLANNER);
        events = new EventService(db.jdbiAs(db.createUser(p, AppRole.TECHNICIAN)), Clock.systemUTC());
    }

    private static VehicleEvent reading(Vehicle v, int daysAgo, int odometer) {
        return events.record(EventDraft.of(
                v.id(), EventKind.ODOMETER, NOW.minusDays(daysAgo), BigDecimal.valueOf(odometer), null, null));
    }

    private static List<VehicleEvent> toCheck(Vehicle v) {
        return events.timeline(v.id(), null, Set.of(), false, true, 50);
    }

    @Test
    void aCorrectedReadingKeepsBeforeAfterAndTheReason() {
        Vehicle van = FleetFixture.plant(db, planner, "FIX 1").van();
        reading(van, 30, 10_000);
        VehicleEvent typo = reading(van, 10, 1_090);
        reading(van, 5, 11_200);
        assertThat(toCheck(van)).extracting(VehicleEvent::id).containsExactly(typo.id());

        assertThatThrownBy(() -> events.correctReading(typo.id(), typo.version(), new BigDecimal("10900"), " "))
                .hasMessageContaining("why the reading is corrected");
        VehicleEvent fixed = events.correctReading(
                        typo.id(), typo.version(), new BigDecimal("10900"), "A digit left out on the receipt")
                .orElseThrow();
        assertThat(fixed.needsReview()).as("it fits now").isFalse();
        assertThat(fixed.odometer()).isEqualByComparingTo("10900");
        assertThat(toCheck(van)).isEmpty();
        assertThat(events.correctReading(typo.id(), typo.version(), new BigDecimal("10950"), "again"))
                .as("from the version before the correction")
                .isEmpty();

        Revision last = events.history(typo.id()).getLast();
        assertThat(last.action()).isEqualTo("edited");
        assertThat(last.changes())
                .contains(
                        new Revision.FieldChange("odometer", "1090.0", "10900.0"),
                        new Revision.FieldChange("review_note", null, "A digit left out on the receipt"));
    }

    @Test
    void aCorrectionThatStillDoesNotFitStaysToCheck() {
        Vehicle van = FleetFixture.plant(db, planner, "FIX 2").van();
        reading(van, 30, 10_000);
        VehicleEvent low = reading(van, 10, 9_000);
        VehicleEvent still = events.correctReading(low.id(), low.version(), new BigDecimal("9500"), "Second look")
                .orElseThrow();
        assertThat(still.needsReview()).isTrue();
        assertThat(toCheck(van)).hasSize(1);
    }

    @Test
    void aConfirmedReadingKeepsTheNoteAndLeavesTheList() {
        Vehicle van = FleetFixture.plant(db, planner, "FIX 3").van();
        reading(van, 30, 10_000);
        VehicleEvent swap = reading(van, 10, 200);
        VehicleEvent ok = events.confirmReading(swap.id(), swap.version(), "New instrument cluster fitted")
                .orElseThrow();
        assertThat(ok.needsReview()).isFalse();
        assertThat(ok.odometer()).isEqualByComparingTo("200");
        assertThat(toCheck(van)).isEmpty();
        assertThat(events.history(swap.id()).getLast().changes())
                .extracting(Revision.FieldChange::field)
                .contains("reviewed_at", "review_note");
        assertThat(events.confirmReading(swap.id(), ok.version(), null))
                .as("already confirmed")
                .isEmpty();
    }

    @Test
    void aLocationIsSetWhenRecordedAndCorrectedWithItsReason() {
        Vehicle van = FleetFixture.plant(db, planner, "LOC 1").van();
        EventDraft fill = new EventDraft(
                van.id(),
                EventKind.FUEL,
                NOW.minusDays(2),
                new BigDecimal("5000"),
                new BigDecimal("4000"),
                new BigDecimal("40"),
                "L",
                null,
                new BigDecimal("23.810300"),
                new BigDecimal("90.412500"),
                "Padma pump, Gate 2",
                true,
                false);
        VehicleEvent e = events.record(fill);
        assertThat(e.place()).isEqualTo("Padma pump, Gate 2");
        EventDraft moved = new EventDraft(
                van.id(),
                EventKind.FUEL,
                e.occurredAt(),
                e.odometer(),
                new BigDecimal("4100"),
                e.quantity(),
                "L",
                null,
                new BigDecimal("23.750000"),
                new BigDecimal("90.380000"),
                "Meghna pump",
                true,
                false);
        VehicleEvent after = events.saveAndMove(e.id(), e.version(), moved, "The driver picked the wrong pump")
                .orElseThrow();
        assertThat(after.place()).isEqualTo("Meghna pump");
        assertThat(after.cost()).isEqualByComparingTo("4100");
        LocationCorrection c = events.corrections(e.id()).getFirst();
        assertThat(c.originalPlace()).isEqualTo("Padma pump, Gate 2");
        assertThat(c.originalLatitude()).isEqualByComparingTo("23.8103");

        Revision move = events.history(e.id()).stream()
                .filter(r -> r.action().equals("location_corrected"))
                .findFirst()
                .orElseThrow();
        assertThat(move.changes())
                .contains(
                        new Revision.FieldChange("place", "Padma pump, Gate 2", "Meghna pump"),
                        new Revision.FieldChange("correction_reason", null, "The driver picked the wrong pump"));

        assertThat(events.saveAndMove(e.id(), e.version(), moved, "Stale"))
                .as("conflict")
                .isEmpty();
        assertThat(events.corrections(e.id())).as("nothing half-saved").hasSize(1);
        EventDraft outside = new EventDraft(
                van.id(),
                EventKind.NOTE,
                NOW.minusDays(1),
                null,
                null,
                null,
                null,
                "x",
                new BigDecimal("91"),
                new BigDecimal("10"),
                null,
                null,
                null);
        assertThatThrownBy(() -> events.record(outside)).hasMessage("A latitude lies between -90 and 90.");
    }
}
