package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shift and hour figures against a worked example computed by hand, stored by the rollup
 * engine and equal to a count from scratch; a replayed scan counts once.
 *
 * <p>Monday 2 March 2026, plant in UTC, Morning shift 06:00-14:00. Ana joins shoulders on both
 * bundles (07:10, 07:40: 40 pieces x 0.5 = 20 earned minutes); Ben hems bundle 1 (08:20: 20 x 1.0 =
 * 20 minutes, 20 garments out) and bundle 2 after the shift (15:00, in the "no shift" stretch).
 * Ana attended 450 minutes, Ben 420 plus 30 overtime: 870. Power off 09:00-09:30 (30 minutes) and a
 * breakdown 13:50-14:20 (10 minutes in the shift, 20 after it).
 * Morning: output 20, earned 40, efficiency 40 x 100 / 870 = 4.6 %, on standard
 * 40 x 100 / (870 - 40 x 2) = 5.1 %.
 */
@ExtendWith(PostgresExtension.class)
class ShiftFiguresTest {

    @Test
    void theMorningShiftMatchesTheHandWorkedFiguresStoredAndFromScratch(TestDatabase db) {
        Floor floor = Floor.build(db, "FIG");
        Clock clock = Clock.systemUTC();
        ScanService ana = new ScanService(db.jdbiAs(floor.ana()), clock, Optional.empty());
        ScanService ben = new ScanService(db.jdbiAs(floor.ben()), clock, Optional.empty());
        Bundle b1 = floor.bundles().get(0);
        Bundle b2 = floor.bundles().get(1);
        ScanRequest first = scan(b1, floor.join(), floor.ana(), "2026-03-02T07:10");
        ana.scan(first);
        ana.scan(first);
        ana.scan(scan(b2, floor.join(), floor.ana(), "2026-03-02T07:40"));
        ben.scan(scan(b1, floor.hem(), floor.ben(), "2026-03-02T08:20"));
        ben.scan(scan(b2, floor.hem(), floor.ben(), "2026-03-02T15:00"));

        AttendanceService attendance = new AttendanceService(db.jdbiAs(floor.supervisor()), clock);
        UUID anaKey = UUID.randomUUID();
        assertThat(attendance.record(
                        anaKey, floor.line().id(), floor.ana().personId(), Floor.utc("2026-03-02T09:00"), 450, 0))
                .isTrue();
        assertThat(attendance.record(
                        anaKey, floor.line().id(), floor.ana().personId(), Floor.utc("2026-03-02T09:00"), 450, 0))
                .isFalse();
        attendance.record(
                UUID.randomUUID(), floor.line().id(), floor.ben().personId(), Floor.utc("2026-03-02T13:00"), 420, 30);

        DowntimeService downtime = new DowntimeService(
                db.jdbiAs(floor.supervisor()),
                clock,
                MaintenanceApis.find().map(a -> a.workRequests(db.jdbiAs(floor.supervisor()), clock)));
        Downtime power = downtime.start(new DowntimeStart(
                UUID.randomUUID(), floor.line().id(), null, DowntimeReason.POWER, "", Floor.utc("2026-03-02T09:00")));
        downtime.stop(UUID.randomUUID(), power.id(), Floor.utc("2026-03-02T09:30"));
        Downtime broke = downtime.start(new DowntimeStart(
                UUID.randomUUID(),
                floor.line().id(),
                floor.machine(),
                DowntimeReason.MACHINE_BREAKDOWN,
                "Motor hums, does not turn",
                Floor.utc("2026-03-02T13:50")));
        downtime.stop(UUID.randomUUID(), broke.id(), Floor.utc("2026-03-02T14:20"));

        FloorFigures figures = new FloorFigures(db.jdbiAs(floor.supervisor()), clock);
        ShiftSpan morning = figures.shiftAt(Floor.utc("2026-03-02T09:00")).orElseThrow();
        assertThat(morning)
                .isEqualTo(new ShiftSpan("Morning", Floor.utc("2026-03-02T06:00"), Floor.utc("2026-03-02T14:00")));

        LineFigures live = figures.live(morning.startsAt(), morning.endsAt()).getFirst();
        assertHandWorkedMorning(live);

        TestUser admin = floor.admin();
        new RollupRunner(db.jdbiAs(admin)).catchUp("sewing_line_shift", p -> {}, () -> false);
        new RollupRunner(db.jdbiAs(admin)).catchUp("sewing_operator_hour", p -> {}, () -> false);

        List<LineFigures> stored = figures.storedShift(morning.startsAt());
        assertThat(stored).hasSize(1);
        assertHandWorkedMorning(stored.getFirst());
        assertThat(stored.getFirst()).isEqualTo(live);

        // After the shift: Ben's second hem and 20 minutes of the breakdown, in the "no shift" stretch.
        ShiftSpan after = figures.shiftAt(Floor.utc("2026-03-02T15:00")).orElseThrow();
        assertThat(after.name()).isNull();
        assertThat(after.startsAt()).isEqualTo(Floor.utc("2026-03-02T14:00"));
        LineFigures late = figures.storedShift(after.startsAt()).getFirst();
        assertThat(late.output()).isEqualTo(20);
        assertThat(late.earnedMinutes()).isEqualByComparingTo("20");
        assertThat(late.downtimeMinutes()).isEqualByComparingTo("20");
        assertThat(late.efficiency()).isEmpty();
        assertThat(late)
                .isEqualTo(figures.live(after.startsAt(), after.endsAt()).getFirst());

        // Per hour and operator: 07:00 Ana 40 pieces (20 minutes), 08:00 Ben 20 garments out, 15:00 Ben 20.
        OffsetDateTime day = Floor.utc("2026-03-02T00:00");
        List<HourFigures> hours = figures.storedHours(day, day.plusDays(1));
        assertThat(hours)
                .extracting(h -> h.hourStart().toInstant().toString() + " " + who(floor, h.operatorId()) + " "
                        + h.pieces() + "/" + h.output() + "/"
                        + h.earnedMinutes().stripTrailingZeros().toPlainString())
                .containsExactly(
                        "2026-03-02T07:00:00Z Ana 40/0/20",
                        "2026-03-02T08:00:00Z Ben 20/20/20",
                        "2026-03-02T15:00:00Z Ben 20/20/20");
        assertThat(hours).isEqualTo(figures.liveHours(day, day.plusDays(1)));
    }

    private static void assertHandWorkedMorning(LineFigures f) {
        assertThat(f.lineCode()).isEqualTo("L1");
        assertThat(f.output()).isEqualTo(20);
        assertThat(f.earnedMinutes()).isEqualByComparingTo("40");
        assertThat(f.attendedMinutes()).isEqualTo(870);
        assertThat(f.operators()).isEqualTo(2);
        assertThat(f.overtimeMinutes()).isEqualTo(30);
        assertThat(f.downtimeMinutes()).isEqualByComparingTo("40");
        assertThat(f.efficiency()).contains(new BigDecimal("4.6"));
        assertThat(f.onStandardEfficiency()).contains(new BigDecimal("5.1"));
    }

    private static String who(Floor floor, UUID person) {
        return person.equals(floor.ana().personId()) ? "Ana" : "Ben";
    }

    private static ScanRequest scan(Bundle b, Operation op, TestUser who, String at) {
        return new ScanRequest(
                UUID.randomUUID(), b.qrCode(), op.id(), who.personId(), null, "station-1", Floor.utc(at));
    }
}
