package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Imported team days feed the day rollup the dashboards read: after the real file's import each
 * sewing team's day is its line's day, equal to the file's figures mapped as docs/sewing-import.md
 * says (counted here from scratch in Java), before and after the engine stored them. A line's day
 * the floor recorded takes precedence over an imported record of it, so nothing counts twice.
 */
@ExtendWith(PostgresExtension.class)
class LineDayTest {

    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2015, 3, 31);

    @Test
    void theRealFilesSewingDaysAreTheLinesDaysBeforeAndAfterTheEngine(TestDatabase db) {
        UUID plant = db.createTenant("Line day plant");
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        TestUser supervisor = db.createUser(plant, AppRole.SUPERVISOR);
        TeamDayImport importer = new TeamDayImport(db.jdbiAs(planner), Clock.systemUTC());
        importer.importFile(TeamDayImportTest.file(), (d, t) -> {});
        List<TeamDay> sewing = importer.days(FIRST, LAST).stream()
                .filter(d -> d.department().equals("sewing"))
                .toList();
        assertThat(sewing).hasSize(690);

        FloorFigures figures = new FloorFigures(db.jdbiAs(supervisor), Clock.systemUTC());
        // Before the engine ran: every day waits for it and is counted from raw rows.
        assertEqualToScratch(figures.days(FIRST, LAST), sewing);
        new RollupRunner(db.jdbiAs(planner)).catchUp("sewing_line_day", p -> {}, () -> false);
        long stored = db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from sewing.line_day where tenant_id = ?")
                        .bind(0, plant)
                        .mapTo(Long.class)
                        .one());
        assertThat(stored).isEqualTo(690);
        assertEqualToScratch(figures.days(FIRST, LAST), sewing);

        // 1 January 2015, team 11: 30.5 workers, 3660 overtime minutes, SMV 11.41, 0.800570492 actual.
        LineDay t11 = figures.days(FIRST, FIRST).stream()
                .filter(d -> d.lineCode().equals("T11"))
                .findFirst()
                .orElseThrow();
        assertThat(t11.source()).isEqualTo(LineDay.Source.IMPORTED);
        assertThat(t11.attendedMinutes()).isEqualTo(30 * 480 + 240 + 3660);
        assertThat(t11.operators()).isEqualByComparingTo("30.5");
        assertThat(t11.efficiency()).contains(new BigDecimal("80.1"));
        assertThat(t11.targetEfficiency()).isEqualByComparingTo("80");
        assertThat(t11.output()).isEqualTo(1284);
        assertThat(t11.wip()).isEqualTo(968);

        // Importing the file again changes nothing in the figures (updates, not doubles).
        importer.importFile(TeamDayImportTest.file(), (d, t) -> {});
        assertEqualToScratch(figures.days(FIRST, LAST), sewing);
    }

    @Test
    void aDayTheFloorRecordedTakesPrecedenceOverTheImportedOne(TestDatabase db) {
        Floor floor = Floor.build(db, "LDP");
        // The floor's line is team 1's line, so the file's team 1 lands on it.
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "update sewing.line set code = 'T1' where id = ?",
                        floor.line().id()));
        ScanService ana = new ScanService(db.jdbiAs(floor.ana()), Clock.systemUTC(), Optional.empty());
        sew(ana, floor, floor.bundles().getFirst(), Floor.utc("2026-03-02T07:10"));
        TeamDayImport importer = new TeamDayImport(db.jdbiAs(floor.supervisor()), Clock.systemUTC());
        String header = "year,quarter,department,day,team,targeted_productivity,smv,wip,over_time,incentive,idle_time,"
                + "idle_men,no_of_style_change,no_of_workers,actual_productivity";
        TeamDayImport.Report report = importer.importLines(
                List.of(
                        header,
                        "3/2/2026,Quarter1,sweing,Monday,1,0.8,20,100,0,0,0,0,0,10,0.5",
                        "3/3/2026,Quarter1,sweing,Tuesday,1,0.8,20,100,0,0,0,0,0,10,0.5"),
                (d, t) -> {});
        assertThat(report.errors()).isEmpty();

        FloorFigures figures = new FloorFigures(db.jdbiAs(floor.supervisor()), Clock.systemUTC());
        LocalDate monday = LocalDate.of(2026, 3, 2);
        LocalDate tuesday = LocalDate.of(2026, 3, 3);
        for (int pass = 0; pass < 2; pass++) {
            List<LineDay> days = figures.days(monday, tuesday);
            assertThat(days).hasSize(2);
            // Monday: the floor's 20 pieces (Join 0.5 + Hem 1.0 SMV), not the file's 120 pieces.
            assertThat(days.get(0).day()).isEqualTo(monday);
            assertThat(days.get(0).source()).isEqualTo(LineDay.Source.LIVE);
            assertThat(days.get(0).output()).isEqualTo(20);
            assertThat(days.get(0).earnedMinutes()).isEqualByComparingTo("30");
            // Tuesday: nothing recorded, so the file's day: 10 x 480 x 0.5 / 20 SMV = 120 pieces.
            assertThat(days.get(1).source()).isEqualTo(LineDay.Source.IMPORTED);
            assertThat(days.get(1).output()).isEqualTo(120);
            assertThat(days.get(1).attendedMinutes()).isEqualTo(4800);
            new RollupRunner(db.jdbiAs(floor.admin())).catchUp("sewing_line_day", p -> {}, () -> false);
        }
        // A scan arriving later for Tuesday: the recorded day replaces the imported one.
        sew(ana, floor, floor.bundles().get(1), Floor.utc("2026-03-03T07:10"));
        LineDay tue = figures.days(tuesday, tuesday).getFirst();
        assertThat(tue.source()).isEqualTo(LineDay.Source.LIVE);
        assertThat(tue.output()).isEqualTo(20);
    }

    /** Both operations of a bundle, the second ten minutes after the first. */
    private static void sew(ScanService scans, Floor floor, Bundle b, OffsetDateTime at) {
        for (Operation op : List.of(floor.join(), floor.hem())) {
            scans.scan(new ScanRequest(
                    UUID.randomUUID(),
                    b.qrCode(),
                    op.id(),
                    floor.ana().personId(),
                    null,
                    "station-1",
                    op == floor.join() ? at : at.plusMinutes(10)));
        }
    }

    /** The file's sewing rows mapped by hand onto line days, compared number by number. */
    private static void assertEqualToScratch(List<LineDay> days, List<TeamDay> rows) {
        assertThat(days).allMatch(d -> d.source() == LineDay.Source.IMPORTED);
        Map<String, LineDay> byKey =
                days.stream().collect(Collectors.toMap(d -> d.day() + "/" + d.lineCode(), Function.identity()));
        assertThat(byKey).hasSize(rows.size());
        for (TeamDay r : rows) {
            LineDay d = byKey.get(r.day() + "/T" + r.team());
            assertThat(d).as(r.toString()).isNotNull();
            long attended = r.workers()
                            .multiply(BigDecimal.valueOf(480))
                            .setScale(0, RoundingMode.HALF_UP)
                            .longValueExact()
                    + r.overtimeMinutes();
            BigDecimal earned = r.actualProductivity()
                    .multiply(BigDecimal.valueOf(attended))
                    .setScale(2, RoundingMode.HALF_UP);
            assertThat(d.attendedMinutes()).as(r.toString()).isEqualTo(attended);
            assertThat(d.earnedMinutes()).as(r.toString()).isEqualByComparingTo(earned);
            assertThat(d.output())
                    .as(r.toString())
                    .isEqualTo(earned.divide(r.smv(), 0, RoundingMode.HALF_UP).longValueExact());
            assertThat(d.operators()).isEqualByComparingTo(r.workers());
            assertThat(d.overtimeMinutes()).isEqualTo(r.overtimeMinutes());
            assertThat(d.downtimeMinutes()).isEqualByComparingTo(r.idleMinutes());
            assertThat(d.targetEfficiency())
                    .isEqualByComparingTo(r.targetedProductivity().movePointRight(2));
            assertThat(d.wip()).isEqualTo(r.wip());
        }
    }
}
