package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plantdesk's own attendance and output template goes in through the team import: attendance
 * where the attendance sheet keeps it, pieces into the line's recorded day; a second import
 * corrects instead of adding; every dirty row is named by line and reason in plant words; and a
 * file naming another plant's line or people cannot write into that plant.
 */
@ExtendWith(PostgresExtension.class)
class AttendanceOutputImportTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void aGoodFileRecordsAttendanceAndOutputAndASecondImportCorrectsIt(TestDatabase db) {
        Floor floor = Floor.build(db, "AOG");
        TeamDayImport importer = new TeamDayImport(db.jdbiAs(floor.supervisor()), Clock.systemUTC());
        TeamDayImport.Report r = importer.importLines(
                List.of(
                        AttendanceOutputImport.HEADER,
                        "2026-03-02,06:00,L1," + floor.ana().login() + ",450,30,240,0.5",
                        "2026-03-02,6:00,l1," + floor.ben().login() + ",420,,180,1.0"),
                (d, t) -> {});
        assertThat(r.errors()).isEmpty();
        assertThat(r.inserted()).isEqualTo(2);
        assertThat(r.firstDay()).isEqualTo(MONDAY);

        FloorFigures figures = new FloorFigures(db.jdbiAs(floor.supervisor()), Clock.systemUTC());
        LineDay day = figures.days(MONDAY, MONDAY).getFirst();
        assertThat(day.source()).isEqualTo(LineDay.Source.LIVE);
        assertThat(day.output()).isEqualTo(420);
        assertThat(day.earnedMinutes()).isEqualByComparingTo("300");
        assertThat(day.attendedMinutes()).isEqualTo(870);
        assertThat(day.operators()).isEqualByComparingTo("2");
        assertThat(day.overtimeMinutes()).isEqualTo(30);
        // The attendance is the shift's too (the floor's shift figures and the close-out read it).
        LineFigures shift = figures.live(Floor.utc("2026-03-02T06:00"), Floor.utc("2026-03-02T14:00"))
                .getFirst();
        assertThat(shift.attendedMinutes()).isEqualTo(870);
        assertThat(shift.operators()).isEqualTo(2);

        TeamDayImport.Report again = importer.importLines(
                List.of(
                        AttendanceOutputImport.HEADER,
                        "2026-03-02,06:00,L1," + floor.ana().login() + ",450,30,200,0.5",
                        "2026-03-02,06:00,L1," + floor.ben().login() + ",420,0,,"),
                (d, t) -> {});
        assertThat(again.errors()).isEmpty();
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isEqualTo(2);
        LineDay corrected = figures.days(MONDAY, MONDAY).getFirst();
        assertThat(corrected.output()).isEqualTo(200);
        assertThat(corrected.earnedMinutes()).isEqualByComparingTo("100");
        assertThat(corrected.attendedMinutes()).isEqualTo(870);
    }

    @Test
    void everyDirtyRowIsNamedByLineAndReasonAndTheGoodOnesGoIn(TestDatabase db) throws Exception {
        Floor floor = Floor.build(db, "AOD");
        String ana = floor.ana().login();
        Path file = Files.createTempFile("attendance", ".csv");
        Files.write(
                file,
                List.of(
                        "\uFEFF" + AttendanceOutputImport.HEADER,
                        "2026-03-02,06:00,L1," + ana + ",450,0,100,0.5",
                        "2026-03-02,06:00,L1,,450,0,100,0.5",
                        "2026-03-02,06:00,L1," + floor.ben().login() + ",-30,0,100,0.5",
                        "2026-03-02,06:00,L9," + floor.ben().login() + ",450,0,100,0.5",
                        "2026-02-30,06:00,L1," + floor.ben().login() + ",450,0,100,0.5",
                        "2026-03-02,06:00,L1," + ana + ",450,0,100,0.5",
                        "2026-03-02,07:00,L1," + floor.ben().login() + ",450,0,100,0.5",
                        "2026-03-02,06:00,L1,nobody.here,450,0,100,0.5",
                        "2026-03-02,06:00,L1," + floor.ben().login() + ",450,0,100,",
                        "2026-03-02,06:00,L1," + floor.ben().login() + ",450,0,100"));
        TeamDayImport.Report r =
                new TeamDayImport(db.jdbiAs(floor.supervisor()), Clock.systemUTC()).importFile(file, (d, t) -> {});
        assertThat(r.inserted()).isEqualTo(1);
        assertThat(r.errors())
                .extracting(e -> e.line() + ": " + e.reason().english())
                .containsExactly(
                        "3: The operator is missing.",
                        "4: The minutes_attended -30 is outside 1 to 1440.",
                        "5: There is no line \"L9\" in this plant.",
                        "6: \"2026-02-30\" is not a date (year-month-day, such as 2026-03-02).",
                        "7: The same operator, line and shift as line 2.",
                        "8: No shift of the plant's calendar starts at 07:00 on 2026-03-02.",
                        "9: No one in this plant logs in as \"nobody.here\".",
                        "10: Pieces without an SMV: the smv is needed to count their earned minutes.",
                        "11: The row has 7 fields; the attendance and output template has 8.");
        LineDay day = new FloorFigures(db.jdbiAs(floor.supervisor()), Clock.systemUTC())
                .days(MONDAY, MONDAY)
                .getFirst();
        assertThat(day.output()).isEqualTo(100);
        assertThat(day.attendedMinutes()).isEqualTo(450);
    }

    @Test
    void aFileNamingAnotherPlantsLineAndPeopleCannotWriteIntoThatPlant(TestDatabase db) {
        Floor victim = Floor.build(db, "AOV");
        UUID other = db.createTenant("AOA other plant");
        TestUser intruder = db.createUser(other, AppRole.SUPERVISOR);
        TeamDayImport.Report r = new TeamDayImport(db.jdbiAs(intruder), Clock.systemUTC())
                .importLines(
                        List.of(
                                AttendanceOutputImport.HEADER,
                                "2026-03-02,06:00,L1," + victim.ana().login() + ",450,0,100,0.5"),
                        (d, t) -> {});
        assertThat(r.inserted()).isZero();
        assertThat(r.errors())
                .extracting(e -> e.line() + ": " + e.reason().english())
                .containsExactly("2: There is no line \"L1\" in this plant.");
        // The intruder's plant given a line L1 of its own: the victim's operator is still nobody there.
        new FloorSetupService(db.jdbiAs(intruder), Clock.systemUTC()).createLine("L1", "Line 1", 60);
        TeamDayImport.Report r2 = new TeamDayImport(db.jdbiAs(intruder), Clock.systemUTC())
                .importLines(
                        List.of(
                                AttendanceOutputImport.HEADER,
                                "2026-03-02,06:00,L1," + victim.ana().login() + ",450,0,100,0.5"),
                        (d, t) -> {});
        assertThat(r2.errors())
                .extracting(e -> e.reason().english())
                .containsExactly(
                        "No one in this plant logs in as \"" + victim.ana().login() + "\".");
        // The published team file imported by the other plant makes its own lines T1..T12, never the victim's.
        new TeamDayImport(db.jdbiAs(intruder), Clock.systemUTC()).importFile(TeamDayImportTest.file(), (d, t) -> {});
        long victims = db.adminJdbi()
                .withHandle(h -> h.createQuery("select (select count(*) from sewing.attendance where tenant_id = :t)"
                                + " + (select count(*) from sewing.operator_output where tenant_id = :t)"
                                + " + (select count(*) from sewing.team_day where tenant_id = :t)"
                                + " + (select count(*) from sewing.line where tenant_id = :t and code like 'T%')")
                        .bind("t", victim.plant())
                        .mapTo(Long.class)
                        .one());
        assertThat(victims).isZero();
    }
}
