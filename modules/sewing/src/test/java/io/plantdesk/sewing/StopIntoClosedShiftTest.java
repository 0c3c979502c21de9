package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A stop begun in an open shift must not change a closed shift's figures. Last week's Monday,
 * Morning 06:00-14:00 and Evening 14:00-22:00: power goes off at 13:00 and is still off when the
 * supervisor closes the Evening: refused, in words. Ended at 13:30, the Evening closes with no
 * downtime. A stop recorded late (an offline replay) from 13:40 would run into the closed Evening:
 * refused, naming the shift; the Evening's stored figures stay those of the close and equal a
 * count from scratch.
 */
@ExtendWith(PostgresExtension.class)
class StopIntoClosedShiftTest {

    @Test
    void aStopFromAnOpenShiftNeverChangesAClosedOne(TestDatabase db) {
        Floor floor = Floor.build(db, "STOPC");
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "insert into core.shift_pattern (tenant_id, id, name, starts, ends, breaks, "
                                + "days, valid_from) values (?, ?, 'Evening', '14:00', '22:00', '[]', '{1,2,3,4,5}', '2020-01-01')",
                        floor.plant(),
                        UUID.randomUUID()));
        Clock clock = Clock.systemUTC();
        String monday = LocalDate.now(ZoneOffset.UTC)
                .minusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .toString();
        DowntimeService downtime = new DowntimeService(db.jdbiAs(floor.supervisor()), clock, Optional.empty());
        ShiftCloseService close = new ShiftCloseService(db.jdbiAs(floor.supervisor()));
        FloorFigures figures = new FloorFigures(db.jdbiAs(floor.supervisor()), clock);
        ShiftSpan evening = figures.shiftAt(Floor.utc(monday + "T15:00")).orElseThrow();

        Downtime power = downtime.start(new DowntimeStart(
                UUID.randomUUID(),
                floor.line().id(),
                null,
                DowntimeReason.POWER,
                "Mains off",
                Floor.utc(monday + "T13:00")));
        assertThatThrownBy(() -> close.close(Floor.utc(monday + "T15:00"), 0))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("A stop that began before shift \"Evening\" is still running through it: stop it before "
                        + "closing the shift.");
        downtime.stop(UUID.randomUUID(), power.id(), Floor.utc(monday + "T13:30"));
        close.close(Floor.utc(monday + "T15:00"), 0);
        new RollupRunner(db.jdbiAs(floor.admin())).catchUp("sewing_line_shift", p -> {}, () -> false);
        assertThat(figures.storedShift(evening.startsAt())).isEmpty();

        assertThatThrownBy(() -> downtime.start(new DowntimeStart(
                        UUID.randomUUID(),
                        floor.line().id(),
                        null,
                        DowntimeReason.NO_WORK,
                        "",
                        Floor.utc(monday + "T13:40"))))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage(
                        "This stop runs into shift \"Evening\" of " + monday
                                + " 14:00, which is closed: a supervisor reopens the shift before the stop can change its figures.");
        new RollupRunner(db.jdbiAs(floor.admin())).catchUp("sewing_line_shift", p -> {}, () -> false);
        assertThat(figures.storedShift(evening.startsAt())).isEmpty();
        assertThat(figures.live(evening.startsAt(), evening.endsAt()))
                .allSatisfy(f -> assertThat(f.downtimeMinutes()).isZero());
    }
}
