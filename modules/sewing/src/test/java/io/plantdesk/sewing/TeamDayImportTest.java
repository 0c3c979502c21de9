package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The published team production file, imported whole: its one bad row reported, nothing else lost. */
@ExtendWith(PostgresExtension.class)
class TeamDayImportTest {

    static final Path REAL = Path.of("../../../shared/data/garments_worker_productivity.csv");

    static Path file() {
        Path p = Path.of(System.getProperty("user.dir")).resolve(REAL).normalize();
        return Files.exists(p) ? p : Path.of("/work/shared/data/garments_worker_productivity.csv");
    }

    @Test
    void theRealFileImportsEveryGoodRowAndNamesTheBadOneByLine(TestDatabase db) {
        UUID plant = db.createTenant("Import plant");
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        TeamDayImport importer = new TeamDayImport(db.jdbiAs(planner), Clock.systemUTC());
        List<int[]> progress = new ArrayList<>();
        TeamDayImport.Report report =
                importer.importFile(file(), (done, total) -> progress.add(new int[] {done, total}));

        // 1,197 rows: the first one's date reads 7/12/1905 (a Wednesday; the row says Thursday).
        assertThat(report.errors()).hasSize(1);
        assertThat(report.errors().getFirst().line()).isEqualTo(2);
        assertThat(report.errors().getFirst().reason().english())
                .isEqualTo("The date 7/12/1905 is a Wednesday, but the row says Thursday.");
        assertThat(report.inserted()).isEqualTo(1196);
        assertThat(report.updated()).isZero();
        assertThat(progress.getLast()).containsExactly(1196, 1196);

        // Sewing teams became lines T1..T12; finishing rows (trailing spaces and all) are kept too.
        assertThat(new FloorSetupService(db.jdbiAs(planner), Clock.systemUTC()).lines())
                .extracting(Line::code)
                .contains("T1", "T12")
                .hasSize(12);
        List<TeamDay> jan1 = importer.days(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 1));
        assertThat(jan1).extracting(TeamDay::department).contains("sewing", "finishing");
        TeamDay t11 = jan1.stream()
                .filter(d -> d.team() == 11 && d.department().equals("sewing"))
                .findFirst()
                .orElseThrow();
        assertThat(t11.workers()).isEqualByComparingTo("30.5");
        assertThat(t11.smv()).isEqualByComparingTo("11.41");

        // Importing again updates instead of doubling.
        TeamDayImport.Report again = importer.importFile(file(), (d, t) -> {});
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isEqualTo(1196);
        long rows = db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from sewing.team_day where tenant_id = ?")
                        .bind(0, plant)
                        .mapTo(Long.class)
                        .one());
        assertThat(rows).isEqualTo(1196);
    }

    @Test
    void everyBadRowIsReportedWithItsReason(TestDatabase db) {
        UUID plant = db.createTenant("Dirty import plant");
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        TeamDayImport importer = new TeamDayImport(db.jdbiAs(planner), Clock.systemUTC());
        String header = "year,quarter,department,day,team,targeted_productivity,smv,wip,over_time,incentive,idle_time,"
                + "idle_men,no_of_style_change,no_of_workers,actual_productivity";
        TeamDayImport.Report r = importer.importLines(
                List.of(
                        header,
                        "1/1/2015,Quarter1,sweing,Thursday,8,0.8,26.16,1108,7080,98,0,0,0,59,0.94",
                        "1/1/2015,Quarter1,cutting,Thursday,8,0.8,26.16,1108,7080,98,0,0,0,59,0.94",
                        "1/1/2015,Quarter1,sweing,Thursday,8,0.8,26.16,1108,7080,98,0,0,0,59,0.94",
                        "1/1/2015,Quarter1,sweing,Thursday,9,0.8,abc,1108,7080,98,0,0,0,59,0.94",
                        "1/1/2015,Quarter1,sweing,Thursday,10,1.8,26.16,1108,7080,98,0,0,0,59,0.94",
                        "13/1/2015,Quarter1,sweing,Thursday,10,0.8,26.16,1108,7080,98,0,0,0,59,0.94",
                        "1/1/2015,Quarter1,sweing,Thursday,10,0.8,26.16,1108,7080,98,0,0,0,59",
                        "1/1/2015,Quarter1,sweing,Thursday,11,0.8,26.16,1108,7080,98,0,2.5,0,59,0.94"),
                (d, t) -> {});
        assertThat(r.inserted()).isEqualTo(1);
        assertThat(r.errors())
                .extracting(e -> e.line() + ": " + e.reason().english())
                .containsExactly(
                        "3: The department \"cutting\" is neither sewing nor finishing.",
                        "4: The same team, department and day as line 2.",
                        "5: The smv \"abc\" is not a number.",
                        "6: The targeted_productivity 1.8 is outside 0.0001 to 1.",
                        "7: \"13/1/2015\" is not a date (month/day/year).",
                        "8: The row has 14 fields; a team day has 15.",
                        "9: The idle_men \"2.5\" is not a whole number.");
        assertThatThrownBy(() -> importer.importLines(List.of("name,phone"), (d, t) -> {}))
                .hasMessageStartingWith("This is not a team production file");
    }

    @Test
    void aStoppedImportWritesNothingOfTheFile(TestDatabase db) {
        UUID plant = db.createTenant("Stopped import plant");
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        TeamDayImport importer = new TeamDayImport(db.jdbiAs(planner), Clock.systemUTC());
        boolean[] stop = {false};
        assertThatThrownBy(() -> importer.importFile(file(), new TeamDayImport.Progress() {
                    @Override
                    public void at(int done, int total) {
                        // The person presses "Stop" once the first hundred rows are written.
                        stop[0] = true;
                    }

                    @Override
                    public boolean cancelled() {
                        return stop[0];
                    }
                }))
                .isInstanceOf(TeamDayImport.Cancelled.class);
        long rows = db.adminJdbi()
                .withHandle(h -> h.createQuery("select (select count(*) from sewing.team_day where tenant_id = ?)"
                                + " + (select count(*) from sewing.line where tenant_id = ?)")
                        .bind(0, plant)
                        .bind(1, plant)
                        .mapTo(Long.class)
                        .one());
        assertThat(rows).isZero();
    }
}
