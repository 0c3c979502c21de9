package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operator efficiency, on-standard efficiency and piece-rate pay against a day worked by hand.
 *
 * <p>Monday 2 March 2026 (UTC), Morning 06:00-14:00. Ana joins shoulders on both bundles:
 * 40 x 0.5 = 20 earned minutes, 40 x 0.02 = 0.80 pay. Ben hems bundle 1 on the lockstitch M1 at
 * 08:20 and bundle 2 at 15:00 (after the shift, same day): 40 x 1.0 = 40 minutes, 40 x 0.04 = 1.60;
 * then mends 3 pieces (rework: neither earned nor paid). Ana attended 450 minutes, Ben 420 with 30
 * overtime. A power cut stopped the line 09:00-09:30 (30 minutes, off-standard for both); M1 broke
 * 13:50-14:20 (10 minutes inside the shift, off-standard for Ben only, who sewed on it).
 * Ana: 20 x 100 / 450 = 4.4 %, on standard 20 x 100 / (450 - 30) = 4.8 %.
 * Ben: 40 x 100 / 420 = 9.5 %, on standard 40 x 100 / (420 - 40) = 10.5 %.
 */
@ExtendWith(PostgresExtension.class)
class OperatorDaysTest {

    private final Clock clock = Clock.systemUTC();

    @Test
    void efficiencyAndPayMatchTheDayWorkedByHandAndExportAsCsv(TestDatabase db) {
        Floor floor = Floor.build(db, "OPD");
        Bundle b1 = floor.bundles().get(0);
        Bundle b2 = floor.bundles().get(1);
        ScanService ana = new ScanService(db.jdbiAs(floor.ana()), clock, Optional.empty());
        ScanService ben = new ScanService(db.jdbiAs(floor.ben()), clock, Optional.empty());
        ana.scan(QualityServiceTest.scan(b1, floor.join(), floor.ana(), "2026-03-02T07:10"));
        ana.scan(QualityServiceTest.scan(b2, floor.join(), floor.ana(), "2026-03-02T07:40"));
        ScanRequest hem = new ScanRequest(
                UUID.randomUUID(),
                b1.qrCode(),
                floor.hem().id(),
                floor.ben().personId(),
                floor.machine(),
                "station-2",
                Floor.utc("2026-03-02T08:20"));
        ben.scan(hem);
        ben.scan(hem);
        ben.scan(QualityServiceTest.scan(b2, floor.hem(), floor.ben(), "2026-03-02T15:00"));
        new QualityService(db.jdbiAs(floor.ben()), clock)
                .rework(new ReworkRequest(
                        UUID.randomUUID(),
                        b1.qrCode(),
                        floor.hem().id(),
                        floor.ben().personId(),
                        null,
                        3,
                        Floor.utc("2026-03-02T15:30")));
        // A later rate change does not rewrite what was earned.
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "update sewing.operation set piece_rate = 0.5 where id = ?",
                        floor.hem().id()));

        AttendanceService attendance = new AttendanceService(db.jdbiAs(floor.supervisor()), clock);
        attendance.record(
                UUID.randomUUID(), floor.line().id(), floor.ana().personId(), Floor.utc("2026-03-02T09:00"), 450, 0);
        attendance.record(
                UUID.randomUUID(), floor.line().id(), floor.ben().personId(), Floor.utc("2026-03-02T09:00"), 420, 30);
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
                "Needle bar stuck",
                Floor.utc("2026-03-02T13:50")));
        downtime.stop(UUID.randomUUID(), broke.id(), Floor.utc("2026-03-02T14:20"));

        OperatorDays days = new OperatorDays(db.jdbiAs(floor.supervisor()), clock);
        List<OperatorDay> monday = days.between(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        assertThat(monday).hasSize(2);
        OperatorDay a = monday.stream()
                .filter(d -> d.operatorId().equals(floor.ana().personId()))
                .findFirst()
                .orElseThrow();
        OperatorDay b = monday.stream()
                .filter(d -> d.operatorId().equals(floor.ben().personId()))
                .findFirst()
                .orElseThrow();
        assertThat(a.pieces()).isEqualTo(40);
        assertThat(a.earnedMinutes()).isEqualByComparingTo("20");
        assertThat(a.minutesWorked()).isEqualTo(450);
        assertThat(a.offStandardMinutes()).isEqualByComparingTo("30");
        assertThat(a.efficiency()).contains(new BigDecimal("4.4"));
        assertThat(a.onStandardEfficiency()).contains(new BigDecimal("4.8"));
        assertThat(a.earnings()).isEqualByComparingTo("0.80");
        assertThat(a.lineCode()).isEqualTo("L1");
        assertThat(b.pieces()).as("rework is no piece").isEqualTo(40);
        assertThat(b.earnedMinutes()).isEqualByComparingTo("40");
        assertThat(b.minutesWorked()).isEqualTo(420);
        assertThat(b.overtimeMinutes()).isEqualTo(30);
        assertThat(b.offStandardMinutes()).isEqualByComparingTo("40");
        assertThat(b.efficiency()).contains(new BigDecimal("9.5"));
        assertThat(b.onStandardEfficiency()).contains(new BigDecimal("10.5"));
        assertThat(b.earnings()).as("rework unpaid, the rate of the day").isEqualByComparingTo("1.60");
        assertThat(days.between(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 9)))
                .isEmpty();

        // The plant's currency: only an admin sets it.
        assertThat(days.currency()).isEmpty();
        assertThatThrownBy(() -> days.setCurrency("BDT")).isInstanceOf(PlantdeskException.class);
        new OperatorDays(db.jdbiAs(floor.admin()), clock).setCurrency("bdt");
        assertThat(days.currency()).contains("BDT");
        assertThatThrownBy(() -> new OperatorDays(db.jdbiAs(floor.admin()), clock).setCurrency("TAKA"))
                .hasMessage("A currency is its three-letter ISO code, such as USD or BDT.");

        StringWriter csv = new StringWriter();
        OperatorDays.writeCsv(monday, "BDT", csv);
        String anaName = a.operatorName();
        String benName = b.operatorName();
        assertThat(csv.toString().split("\r\n"))
                .containsExactlyInAnyOrder(
                        OperatorDays.CSV_HEADER,
                        "2026-03-02," + OperatorDays.quote(anaName) + ",L1,40,20,450,0,30,4.4,4.8,0.80,BDT",
                        "2026-03-02," + OperatorDays.quote(benName) + ",L1,40,40,420,30,40,9.5,10.5,1.60,BDT");

        // Another plant sees none of it.
        Floor other = Floor.build(db, "OPE");
        OperatorDays theirs = new OperatorDays(db.jdbiAs(other.supervisor()), clock);
        assertThat(theirs.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                .isEmpty();
        assertThat(theirs.currency()).isEmpty();
    }

    @Test
    void csvFieldsAreQuotedAndFormulasDefused() {
        assertThat(OperatorDays.quote("Rahman, Amina")).isEqualTo("\"Rahman, Amina\"");
        assertThat(OperatorDays.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(OperatorDays.quote(null)).isEmpty();
    }
}
