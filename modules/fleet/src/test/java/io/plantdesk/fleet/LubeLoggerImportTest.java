package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** LubeLogger CSV in and out: mapping, every bad row named by its line, nothing written from a bad file. */
@ExtendWith(PostgresExtension.class)
class LubeLoggerImportTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static LubeLoggerImport importer;
    static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Import plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        importer = new LubeLoggerImport(db.jdbiAs(technician), Clock.systemUTC());
    }

    private static LubeLoggerImport.ImportFile file(String name) throws IOException {
        try (Reader in =
                new InputStreamReader(LubeLoggerImportTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            return LubeLoggerImport.read(in);
        }
    }

    private long events(Vehicle v) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from fleet.vehicle_event where vehicle_id = ?")
                        .bind(0, v.id())
                        .mapTo(Long.class)
                        .one());
    }

    @Test
    void aLubeLoggerFuelExportMapsItselfAndImportsWithItsEconomy() throws IOException {
        Vehicle v = FleetFixture.plant(db, planner, "IMP 1").van();
        var f = file("lubelogger-fuel.csv");
        ColumnMapping m = ColumnMapping.guess(ImportKind.FUEL, f.header());
        assertThat(m.missing()).isEmpty();
        List<int[]> progress = new ArrayList<>();
        ImportReport report =
                importer.run(v.id(), f, m, "L", DHAKA, (done, total) -> progress.add(new int[] {done, total}));
        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).isEqualTo(5);
        assertThat(progress.getLast()).containsExactly(10, 10);

        EventService events = new EventService(db.jdbiAs(technician), Clock.systemUTC());
        List<VehicleEvent> fills = events.fuelHistory(v.id());
        assertThat(fills.get(1).description()).isEqualTo("Half tank, queue at the pump");
        assertThat(fills.get(4).description()).isEqualTo("He said \"full\"");
        assertThat(fills.get(4).odometer()).isEqualByComparingTo("11500");
        assertThat(fills.get(0)
                        .occurredAt()
                        .atZoneSameInstant(DHAKA)
                        .toLocalDateTime()
                        .toString())
                .isEqualTo("2025-01-05T12:00");
        // The same chain as FuelEconomyTest's missed fill-up: 600 km / 50 L, then 400 km / 32 L.
        var economy = FuelEconomy.compute(fills, "km");
        assertThat(economy.get(2).economy(FuelUnit.KM_PER_L).orElseThrow()).isCloseTo(12.0, within(1e-9));
        assertThat(economy.get(3).hasFigure()).isFalse();
        assertThat(economy.get(4).economy(FuelUnit.KM_PER_L).orElseThrow()).isCloseTo(12.5, within(1e-9));

        StringWriter out = new StringWriter();
        int written = new LubeLoggerExport(db.jdbiAs(technician))
                .write(v.id(), ImportKind.FUEL, FuelUnit.L_PER_100_KM, DHAKA, out);
        assertThat(written).isEqualTo(5);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("Date,Odometer,FuelConsumed,Cost,FuelEconomy,IsFillToFull,MissedFuelUp,Notes,Tags");
        assertThat(lines[1]).isEqualTo("2025-01-05,10000,40,5000,0,True,False,,");
        assertThat(lines[2]).isEqualTo("2025-01-12,10300,20,2500,0,False,False,\"Half tank, queue at the pump\",");
        assertThat(lines[3]).isEqualTo("2025-01-19,10600,30,3750,8.33,True,False,,");

        // The export reads back into another vehicle as the same records.
        Vehicle twin = FleetFixture.plant(db, planner, "IMP 1B").van();
        var back = LubeLoggerImport.read(new StringReader(out.toString()));
        ImportReport again = importer.run(
                twin.id(), back, ColumnMapping.guess(ImportKind.FUEL, back.header()), "L", DHAKA, (d, t) -> {});
        assertThat(again.imported()).isEqualTo(5);
        assertThat(events.fuelHistory(twin.id()))
                .extracting(
                        VehicleEvent::odometer,
                        VehicleEvent::quantity,
                        VehicleEvent::filledToFull,
                        VehicleEvent::missedFill)
                .isEqualTo(fills.stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(
                                e.odometer(), e.quantity(), e.filledToFull(), e.missedFill()))
                        .toList());
    }

    @Test
    void everyBadRowIsReportedByLineAndNothingIsWritten() throws IOException {
        Vehicle v = FleetFixture.plant(db, planner, "IMP 2").van();
        var f = file("lubelogger-fuel-bad.csv");
        ImportReport report =
                importer.run(v.id(), f, ColumnMapping.guess(ImportKind.FUEL, f.header()), "L", DHAKA, (d, t) -> {});
        assertThat(report.ok()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(report.errors()).extracting(ImportReport.RowError::line).containsExactly(3, 4, 5, 6, 7);
        assertThat(report.errors())
                .extracting(e -> e.reason().english())
                .containsExactly(
                        "The date \"7/12/1905\" is before 1950 or in the future.",
                        "Odometer \"ten thousand\" is not a number (write 1234.5).",
                        "The fuel consumed must be more than zero.",
                        "The date \"2/31/2025\" is not a date (write 2025-03-31 or 3/31/2025).",
                        "Cost cannot be negative (-4000).");
        assertThat(events(v)).as("the good first row was not written either").isZero();
    }

    @Test
    void aRowTheDatabaseRefusesUndoesTheRowsBeforeIt() throws IOException {
        Vehicle v = FleetFixture.plant(db, planner, "IMP 3").van();
        String csv = "Date,Odometer,FuelConsumed,Cost,IsFillToFull,MissedFuelUp\n"
                + "2025-01-05,10000,40,5000,True,False\n"
                + "2025-01-12,10500,40,12345678901234,True,False\n";
        var f = LubeLoggerImport.read(new StringReader(csv));
        ImportReport report =
                importer.run(v.id(), f, ColumnMapping.guess(ImportKind.FUEL, f.header()), "L", DHAKA, (d, t) -> {});
        assertThat(report.errors()).extracting(ImportReport.RowError::line).containsExactly(3);
        assertThat(events(v)).isZero();
    }

    @Test
    void renamedColumnsAreMappedByHand() throws IOException {
        Vehicle v = FleetFixture.plant(db, planner, "IMP 4").van();
        var f = file("renamed-columns.csv");
        ColumnMapping guessed = ColumnMapping.guess(ImportKind.FUEL, f.header());
        // "Litres" is one of LubeLogger's own names for the fuel column; "When" and "Km" are not.
        assertThat(guessed.column("FuelConsumed")).hasValue(2);
        assertThat(guessed.missing()).containsExactly("Date", "Odometer");
        assertThatThrownBy(() -> importer.run(v.id(), f, guessed, "L", DHAKA, (d, t) -> {}))
                .hasMessage("Choose a column for Date, Odometer before importing.");
        ColumnMapping m =
                guessed.with("Date", 0).with("Odometer", 1).with("Cost", 3).with("IsFillToFull", 4);
        ImportReport report = importer.run(v.id(), f, m, "L", DHAKA, (d, t) -> {});
        assertThat(report.imported()).isEqualTo(2);
        assertThat(events(v)).isEqualTo(2);
    }

    @Test
    void serviceRecordsKeepTheirNotesAndExportInLubeLoggersOrder() throws IOException {
        Vehicle v = FleetFixture.plant(db, planner, "IMP 5").van();
        var f = file("lubelogger-service.csv");
        ImportReport report =
                importer.run(v.id(), f, ColumnMapping.guess(ImportKind.SERVICE, f.header()), "L", DHAKA, (d, t) -> {});
        assertThat(report.imported()).isEqualTo(2);
        var timeline = new EventService(db.jdbiAs(technician), Clock.systemUTC())
                .timeline(v.id(), null, Set.of(EventKind.MAINTENANCE), false, 10);
        assertThat(timeline.getLast().description()).isEqualTo("Oil change\n5W-30, filter replaced");
        StringWriter out = new StringWriter();
        new LubeLoggerExport(db.jdbiAs(technician)).write(v.id(), ImportKind.SERVICE, FuelUnit.KM_PER_L, DHAKA, out);
        assertThat(out.toString())
                .isEqualTo("Date,Description,Cost,Notes,Odometer,Tags\r\n"
                        + "2025-01-20,Oil change,3200.5,\"5W-30, filter replaced\",10450,\r\n"
                        + "2025-03-02,Brake pads,8000,,12010,\r\n");
    }
}
