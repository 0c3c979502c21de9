package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * LubeLogger writes dates in its user's locale: month first (en-US) or day first (en-GB, and with
 * dots in much of Europe). The import reads the order from the file when a number above 12 settles
 * it, asks when the dates fit both, and names each line whose date does not read in the order chosen.
 */
@ExtendWith(PostgresExtension.class)
class DateOrderImportTest {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static TestDatabase db;
    static TestUser planner;
    static LubeLoggerImport importer;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Date order plant");
        planner = db.createUser(p, AppRole.PLANNER);
        importer = new LubeLoggerImport(db.jdbiAs(planner), Clock.systemUTC());
    }

    private static LubeLoggerImport.ImportFile file(String name) throws IOException {
        try (Reader in =
                new InputStreamReader(DateOrderImportTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            return LubeLoggerImport.read(in);
        }
    }

    private static List<LocalDate> days(LubeLoggerImport.Preview p) {
        return p.rows().stream()
                .map(r -> r.draft().occurredAt().atZoneSameInstant(ZONE).toLocalDate())
                .toList();
    }

    @Test
    void aDayFirstExportIsReadDayFirstAndImportsOnItsDays() throws IOException {
        Vehicle v = FleetFixture.plant(db, planner, "DMY 1").van();
        var f = file("lubelogger-fuel-day-first.csv");
        ColumnMapping m = ColumnMapping.guess(ImportKind.FUEL, f);
        assertThat(m.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        LubeLoggerImport.Preview p = importer.check(v.id(), f, m, "L", ZONE);
        assertThat(p.errors()).isEmpty();
        assertThat(days(p))
                .containsExactly(
                        LocalDate.of(2025, 1, 5),
                        LocalDate.of(2025, 1, 12),
                        LocalDate.of(2025, 1, 19),
                        LocalDate.of(2025, 1, 26),
                        LocalDate.of(2025, 2, 2));
        ImportReport report = importer.run(v.id(), f, m, "L", ZONE, (d, t) -> {});
        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).isEqualTo(5);
        List<LocalDate> saved = new EventService(db.jdbiAs(planner), Clock.systemUTC())
                .fuelHistory(v.id()).stream()
                        .map(e -> e.occurredAt().atZoneSameInstant(ZONE).toLocalDate())
                        .toList();
        assertThat(saved).isEqualTo(days(p));
    }

    @Test
    void aMonthFirstExportIsStillReadMonthFirst() throws IOException {
        var f = file("lubelogger-fuel.csv");
        assertThat(ColumnMapping.guess(ImportKind.FUEL, f).dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
    }

    @Test
    void theSameDayFirstFileReadMonthFirstNamesEachLineThatIsNoDate() throws IOException {
        Vehicle v = FleetFixture.plant(db, planner, "DMY 2").van();
        var f = file("lubelogger-fuel-day-first.csv");
        ColumnMapping monthFirst = ColumnMapping.guess(ImportKind.FUEL, f).withDateOrder(DateOrder.MONTH_FIRST);
        ImportReport report = importer.run(v.id(), f, monthFirst, "L", ZONE, (d, t) -> {});
        assertThat(report.imported()).isZero();
        // Lines 2, 3 and 6 read (wrongly) as May 1st, December 1st and February 2nd; 19/1 and 26/1 are no dates.
        assertThat(report.errors()).extracting(ImportReport.RowError::line).containsExactly(4, 5);
        assertThat(report.errors().getFirst().reason().english())
                .isEqualTo("The date \"19/1/2025\" is not a date (write 2025-03-31 or 3/31/2025).");
    }

    @Test
    void aDayFirstLineThatIsNoDateIsNamedWithTheDayFirstForm() {
        Vehicle v = FleetFixture.plant(db, planner, "DMY 3").van();
        String csv = "Date,Odometer,Description,Cost\n" + "13/01/2025,1000,Oil,40\n" + "31/04/2025,1200,Tyres,300\n"
                + "\n" + "14/5/2025 08:30,1400,Inspection,45\n";
        var f = read(csv);
        ColumnMapping m = ColumnMapping.guess(ImportKind.SERVICE, f);
        assertThat(m.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        LubeLoggerImport.Preview p = importer.check(v.id(), f, m, "L", ZONE);
        assertThat(p.errors()).extracting(ImportReport.RowError::line).containsExactly(3);
        assertThat(p.errors().getFirst().reason().english())
                .isEqualTo("The date \"31/04/2025\" is not a date (write 2025-03-31 or 31/3/2025).");
        assertThat(days(p)).containsExactly(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 5, 14));
    }

    @Test
    void aFileWhoseDatesFitBothOrdersAsksForTheOrderAndReadsTheOneChosen() throws IOException {
        Vehicle v = FleetFixture.plant(db, planner, "DMY 4").van();
        var f = file("lubelogger-service-either-order.csv");
        ColumnMapping m = ColumnMapping.guess(ImportKind.SERVICE, f);
        assertThat(m.dateOrder()).isNull();
        assertThat(m.needsDateOrder(f)).isTrue();
        assertThatThrownBy(() -> importer.check(v.id(), f, m, "L", ZONE))
                .isInstanceOf(PlantdeskException.class)
                .satisfies(e -> assertThat(((PlantdeskException) e)
                                .messageText()
                                .orElseThrow()
                                .key())
                        .isEqualTo("import.date.order.needed"));
        assertThatThrownBy(() -> importer.run(v.id(), f, m, "L", ZONE, (d, t) -> {}))
                .isInstanceOf(PlantdeskException.class);
        assertThat(days(importer.check(v.id(), f, m.withDateOrder(DateOrder.DAY_FIRST), "L", ZONE)))
                .containsExactly(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 4), LocalDate.of(2025, 4, 5));
        assertThat(days(importer.check(v.id(), f, m.withDateOrder(DateOrder.MONTH_FIRST), "L", ZONE)))
                .containsExactly(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 4, 3), LocalDate.of(2025, 5, 4));
        // ISO dates need no order at all.
        var iso = read("Date,Odometer,Description,Cost\n2025-02-03,1000,Oil,40\n");
        assertThat(ColumnMapping.guess(ImportKind.SERVICE, iso).needsDateOrder(iso))
                .isFalse();
        assertThat(importer.check(v.id(), iso, ColumnMapping.guess(ImportKind.SERVICE, iso), "L", ZONE)
                        .errors())
                .isEmpty();
    }

    private static LubeLoggerImport.ImportFile read(String csv) {
        try {
            return LubeLoggerImport.read(new StringReader(csv));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
