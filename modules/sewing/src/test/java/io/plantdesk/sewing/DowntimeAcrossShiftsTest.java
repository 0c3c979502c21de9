package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A stop that spans two shifts is recounted in both. Worked example: last week's Monday, plant in
 * UTC (recent, so the running stop's invalidations up to now stay few), Morning 06:00-14:00 and Evening 14:00-22:00. Power goes off at 13:00; the rollup runs and
 * stores the Morning; the stop is ended at 15:30. Morning: 60 minutes of downtime, Evening: 90.
 * The Evening has nothing else (no scan, no attendance), so only the stop can tell the rollup that
 * it changed.
 */
@ExtendWith(PostgresExtension.class)
class DowntimeAcrossShiftsTest {

    @Test
    void aStopSpanningTwoShiftsIsCountedInEachStoredShift(TestDatabase db) {
        Floor floor = Floor.build(db, "SPAN");
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "insert into core.shift_pattern (tenant_id, id, name, starts, ends, breaks, "
                                + "days, valid_from) values (?, ?, 'Evening', '14:00', '22:00', '[]', '{1,2,3,4,5}', '2020-01-01')",
                        floor.plant(),
                        UUID.randomUUID()));
        Clock clock = Clock.systemUTC();
        String monday = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .minusWeeks(1)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .toString();
        DowntimeService downtime = new DowntimeService(db.jdbiAs(floor.supervisor()), clock, Optional.empty());
        FloorFigures figures = new FloorFigures(db.jdbiAs(floor.supervisor()), clock);
        RollupRunner rollup = new RollupRunner(db.jdbiAs(floor.admin()));
        ShiftSpan morning = figures.shiftAt(Floor.utc(monday + "T09:00")).orElseThrow();
        ShiftSpan evening = figures.shiftAt(Floor.utc(monday + "T15:00")).orElseThrow();
        assertThat(evening)
                .isEqualTo(new ShiftSpan("Evening", Floor.utc(monday + "T14:00"), Floor.utc(monday + "T22:00")));

        Downtime power = downtime.start(new DowntimeStart(
                UUID.randomUUID(),
                floor.line().id(),
                null,
                DowntimeReason.POWER,
                "Mains off",
                Floor.utc(monday + "T13:00")));
        rollup.catchUp("sewing_line_shift", p -> {}, () -> false);
        downtime.stop(UUID.randomUUID(), power.id(), Floor.utc(monday + "T15:30"));
        rollup.catchUp("sewing_line_shift", p -> {}, () -> false);

        LineFigures storedMorning = figures.storedShift(morning.startsAt()).getFirst();
        assertThat(storedMorning.downtimeMinutes()).isEqualByComparingTo("60");
        assertThat(storedMorning)
                .isEqualTo(figures.live(morning.startsAt(), morning.endsAt()).getFirst());
        assertThat(figures.storedShift(evening.startsAt()))
                .as("the Evening is recounted")
                .hasSize(1);
        LineFigures storedEvening = figures.storedShift(evening.startsAt()).getFirst();
        assertThat(storedEvening.downtimeMinutes()).isEqualByComparingTo("90");
        assertThat(storedEvening)
                .isEqualTo(figures.live(evening.startsAt(), evening.endsAt()).getFirst());
    }
}
