package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The floor screen reads the running shift from the hourly rollups (its closed hours: the line
 * figures and sparklines from the per-line one, the operator hours from the per-operator one) plus raw rows
 * (the hour in progress, the stretch's part-hours, hours the engine has not caught up with), and
 * its figures equal a count from scratch: with the rollup current, with a late scan waiting for the
 * engine, and with the hour in progress. That the closed hours really come from the rollup shows
 * when a stored hour is altered behind the engine's back: the floor's read follows it, the count
 * from scratch does not.
 */
@ExtendWith(PostgresExtension.class)
class FloorFromRollupsTest {

    private final Clock clock = Clock.systemUTC();

    @Test
    void aPastStretchReadsStoredHoursAndEqualsACountFromScratchEvenWithALateScan(TestDatabase db) {
        Floor floor = Floor.build(db, "FRR");
        ScanService ana = new ScanService(db.jdbiAs(floor.ana()), clock, Optional.empty());
        ScanService ben = new ScanService(db.jdbiAs(floor.ben()), clock, Optional.empty());
        Bundle b1 = floor.bundles().get(0);
        Bundle b2 = floor.bundles().get(1);
        ana.scan(scan(b1, floor.join(), floor.ana(), Floor.utc("2026-03-02T06:10")));
        ana.scan(scan(b2, floor.join(), floor.ana(), Floor.utc("2026-03-02T07:40")));
        ben.scan(scan(b1, floor.hem(), floor.ben(), Floor.utc("2026-03-02T08:20")));
        rollUp(db, floor.admin());

        FloorFigures figures = new FloorFigures(db.jdbiAs(floor.supervisor()), clock);
        // A stretch cut mid-hour at both ends: 06:30-06:59 and 11:00-11:15 are counted raw.
        OffsetDateTime from = Floor.utc("2026-03-02T06:30");
        OffsetDateTime to = Floor.utc("2026-03-02T11:15");
        assertEqualToScratch(figures, from, to);
        assertEqualToScratch(figures, Floor.utc("2026-03-02T06:00"), Floor.utc("2026-03-02T14:00"));
        assertThat(figures.shiftLive(from, to).getFirst().output()).isEqualTo(20);

        // A late scan in a closed hour: until the engine runs, that hour is counted raw.
        ben.scan(scan(b2, floor.hem(), floor.ben(), Floor.utc("2026-03-02T08:50")));
        assertEqualToScratch(figures, Floor.utc("2026-03-02T06:00"), Floor.utc("2026-03-02T14:00"));
        assertThat(figures.shiftLive(Floor.utc("2026-03-02T06:00"), Floor.utc("2026-03-02T14:00"))
                        .getFirst()
                        .output())
                .isEqualTo(40);
        rollUp(db, floor.admin());
        assertEqualToScratch(figures, Floor.utc("2026-03-02T06:00"), Floor.utc("2026-03-02T14:00"));

        // The 07:00 hour as stored, altered behind the engine: the floor's read shows the stored row.
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "update sewing.operator_hour set pieces = pieces + 1000 where tenant_id = ? and hour_start = ?",
                        floor.plant(),
                        Floor.utc("2026-03-02T07:00")));
        long stored = figures.shiftHours(from, to).stream()
                .filter(h -> h.hourStart()
                        .toInstant()
                        .equals(Floor.utc("2026-03-02T07:00").toInstant()))
                .mapToLong(HourFigures::pieces)
                .sum();
        assertThat(stored).isEqualTo(1020);
        long raw = figures.liveHours(from, to).stream()
                .filter(h -> h.hourStart()
                        .toInstant()
                        .equals(Floor.utc("2026-03-02T07:00").toInstant()))
                .mapToLong(HourFigures::pieces)
                .sum();
        assertThat(raw).isEqualTo(20);

        // The line figures and sparklines read the per-line hourly rollup (a row per line and hour):
        // the 07:00 line hour altered behind the engine shows in both, not in the count from scratch.
        long lineHours = db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from sewing.line_hour where tenant_id = ?")
                        .bind(0, floor.plant())
                        .mapTo(Long.class)
                        .one());
        assertThat(lineHours).isEqualTo(3);
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "update sewing.line_hour set pieces = pieces + 1000, output = output + 500 "
                                + "where tenant_id = ? and hour_start = ?",
                        floor.plant(),
                        Floor.utc("2026-03-02T07:00")));
        OffsetDateTime shiftStart = Floor.utc("2026-03-02T06:00");
        OffsetDateTime shiftEnd = Floor.utc("2026-03-02T14:00");
        assertThat(figures.shiftLineHours(shiftStart, shiftEnd))
                .extracting(HourFigures::pieces)
                .containsExactly(20L, 1020L, 40L);
        assertThat(figures.shiftLive(shiftStart, shiftEnd).getFirst().output()).isEqualTo(540);
        assertThat(figures.live(shiftStart, shiftEnd).getFirst().output()).isEqualTo(40);
    }

    @Test
    void aScanWaitingOnlyForTheLineHourJobIsCountedRaw(TestDatabase db) {
        Floor floor = Floor.build(db, "FRL");
        ScanService ana = new ScanService(db.jdbiAs(floor.ana()), clock, Optional.empty());
        ScanService ben = new ScanService(db.jdbiAs(floor.ben()), clock, Optional.empty());
        Bundle b1 = floor.bundles().get(0);
        ana.scan(scan(b1, floor.join(), floor.ana(), Floor.utc("2026-03-02T06:10")));
        rollUp(db, floor.admin());
        // A late hem: the operator-hour job catches up, the line-hour job has not run yet.
        ben.scan(scan(b1, floor.hem(), floor.ben(), Floor.utc("2026-03-02T06:50")));
        new RollupRunner(db.jdbiAs(floor.admin())).catchUp("sewing_operator_hour", p -> {}, () -> false);
        FloorFigures figures = new FloorFigures(db.jdbiAs(floor.supervisor()), clock);
        OffsetDateTime from = Floor.utc("2026-03-02T06:00");
        OffsetDateTime to = Floor.utc("2026-03-02T14:00");
        assertEqualToScratch(figures, from, to);
        assertThat(figures.shiftLive(from, to).getFirst().output()).isEqualTo(20);
        rollUp(db, floor.admin());
        assertEqualToScratch(figures, from, to);
    }

    @Test
    void theHourInProgressIsCountedLiveAndTheWholeEqualsACountFromScratch(TestDatabase db) {
        Floor floor = Floor.build(db, "FRN");
        ScanService ana = new ScanService(db.jdbiAs(floor.ana()), clock, Optional.empty());
        ScanService ben = new ScanService(db.jdbiAs(floor.ben()), clock, Optional.empty());
        Bundle b1 = floor.bundles().get(0);
        Bundle b2 = floor.bundles().get(1);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime from = now.truncatedTo(ChronoUnit.HOURS).minusHours(2);
        OffsetDateTime to = from.plusHours(4);
        ana.scan(scan(b1, floor.join(), floor.ana(), from.plusMinutes(10)));
        ben.scan(scan(b1, floor.hem(), floor.ben(), from.plusMinutes(70)));
        rollUp(db, floor.admin());
        // Scanned now, in the hour in progress, after the engine ran.
        ana.scan(scan(b2, floor.join(), floor.ana(), null));

        FloorFigures figures = new FloorFigures(db.jdbiAs(floor.supervisor()), clock);
        assertEqualToScratch(figures, from, to);
        List<HourFigures> hours = figures.shiftHours(from, to);
        assertThat(hours).extracting(HourFigures::pieces).containsExactly(20L, 20L, 20L);
        assertThat(figures.shiftLive(from, to).getFirst().earnedMinutes()).isEqualByComparingTo(new BigDecimal("40.0"));
    }

    private static void assertEqualToScratch(FloorFigures figures, OffsetDateTime from, OffsetDateTime to) {
        // Numbers compared as numbers (a stored sum may carry another scale than a fresh one).
        RecursiveComparisonConfiguration byValue = RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .build();
        assertThat(figures.shiftLive(from, to))
                .usingRecursiveFieldByFieldElementComparator(byValue)
                .isEqualTo(figures.live(from, to));
        assertThat(figures.shiftHours(from, to))
                .usingRecursiveFieldByFieldElementComparator(byValue)
                .isEqualTo(figures.liveHours(from, to));
        // The floor tiles' one statement: the same figures, quality and hours as the separate reads.
        List<FloorLine> tiles = figures.floorLines(from, to);
        assertThat(tiles.stream().map(FloorLine::figures).toList())
                .usingRecursiveFieldByFieldElementComparator(byValue)
                .isEqualTo(figures.live(from, to));
        assertThat(tiles.stream().map(FloorLine::quality).toList()).isEqualTo(figures.liveQuality(from, to));
        assertThat(tiles.stream()
                        .flatMap(t -> t.hourly().entrySet().stream()
                                .map(e -> Tuple.tuple(
                                        e.getKey().toInstant(), t.figures().lineId(), e.getValue())))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(figures.shiftLineHours(from, to).stream()
                        .map(h -> Tuple.tuple(h.hourStart().toInstant(), h.lineId(), h.output()))
                        .toList());
        // The sparklines' per line and hour sums: the same pieces and output as the raw count.
        assertThat(figures.shiftLineHours(from, to).stream()
                        .mapToLong(HourFigures::output)
                        .sum())
                .isEqualTo(figures.liveHours(from, to).stream()
                        .mapToLong(HourFigures::output)
                        .sum());
        assertThat(figures.shiftLineHours(from, to))
                .extracting(h -> h.hourStart().toInstant(), HourFigures::lineId, HourFigures::pieces)
                .containsExactlyElementsOf(figures.liveHours(from, to).stream()
                        .collect(Collectors.groupingBy(
                                h -> List.of(h.hourStart().toInstant(), h.lineId()),
                                LinkedHashMap::new,
                                Collectors.summingLong(HourFigures::pieces)))
                        .entrySet()
                        .stream()
                        .map(e -> Tuple.tuple(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                        .toList());
    }

    private static void rollUp(TestDatabase db, TestUser admin) {
        new RollupRunner(db.jdbiAs(admin)).catchUp("sewing_operator_hour", p -> {}, () -> false);
        new RollupRunner(db.jdbiAs(admin)).catchUp("sewing_line_hour", p -> {}, () -> false);
    }

    private static ScanRequest scan(Bundle b, Operation op, TestUser who, OffsetDateTime at) {
        return new ScanRequest(UUID.randomUUID(), b.qrCode(), op.id(), who.personId(), null, "station-1", at);
    }
}
