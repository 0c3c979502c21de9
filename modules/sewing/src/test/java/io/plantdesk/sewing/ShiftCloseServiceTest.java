package io.plantdesk.sewing;

import static io.plantdesk.sewing.QualityServiceTest.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shift close-out: the late scans are shown and accepted, the close locks the shift's records in
 * the database, a reopen needs a reason and is in the audit log. Every scan here is recorded
 * today for a shift of March, so each one is late.
 */
@ExtendWith(PostgresExtension.class)
class ShiftCloseServiceTest {

    private final Clock clock = Clock.systemUTC();
    private static final String CLOSED =
            "Shift \"Morning\" of 2026-03-02 06:00 is closed: a supervisor reopens it before its records change.";

    @Test
    void aShiftClosesOnceItsLateScansAreAcceptedAndThenNothingOfItChanges(TestDatabase db) {
        Floor floor = Floor.build(db, "CLO");
        Bundle b1 = floor.bundles().get(0);
        Bundle b2 = floor.bundles().get(1);
        ScanService ana = new ScanService(db.jdbiAs(floor.ana()), clock, Optional.empty());
        ana.scan(scan(b1, floor.join(), floor.ana(), "2026-03-02T07:10"));
        OffsetDateTime during = Floor.utc("2026-03-02T09:00");
        OffsetDateTime start = Floor.utc("2026-03-02T06:00");
        ShiftCloseService close = new ShiftCloseService(db.jdbiAs(floor.supervisor()));
        DowntimeService downtime = new DowntimeService(
                db.jdbiAs(floor.supervisor()),
                clock,
                MaintenanceApis.find().map(a -> a.workRequests(db.jdbiAs(floor.supervisor()), clock)));
        Downtime power = downtime.start(new DowntimeStart(
                UUID.randomUUID(), floor.line().id(), null, DowntimeReason.POWER, "", Floor.utc("2026-03-02T09:00")));
        downtime.stop(UUID.randomUUID(), power.id(), Floor.utc("2026-03-02T09:30"));

        List<LateScan> late = close.lateScans(during);
        assertThat(late).singleElement().satisfies(l -> {
            assertThat(l.ticket()).isEqualTo(b1.ticket());
            assertThat(l.operation()).isEqualTo("Join shoulders");
            assertThat(l.lineCode()).isEqualTo("L1");
            assertThat(l.scannedAt().toInstant())
                    .isEqualTo(Floor.utc("2026-03-02T07:10").toInstant());
        });
        assertThatThrownBy(() -> close.close(during, 0))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("Shift \"Morning\" now has 1 late scans, not 0: look at them again before closing.");
        assertThat(close.state(start)).isEmpty();

        ShiftClose closed = close.close(during, 1);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.lateScans()).isEqualTo(1);
        assertThat(closed.shiftName()).isEqualTo("Morning");
        assertThat(closed.shiftEnd().toInstant())
                .isEqualTo(Floor.utc("2026-03-02T14:00").toInstant());
        assertThatThrownBy(() -> close.close(during, 1)).hasMessage("Shift \"Morning\" is already closed.");

        // Locked: a scan, a check, attendance and a stop of that shift are refused; the scan already there stays.
        assertThatThrownBy(() -> ana.scan(scan(b2, floor.join(), floor.ana(), "2026-03-02T07:40")))
                .hasMessage(CLOSED);
        QualityService quality = new QualityService(db.jdbiAs(floor.ana()), clock);
        assertThatThrownBy(() -> quality.check(new QcCheckRequest(
                        UUID.randomUUID(),
                        b1.qrCode(),
                        floor.join().id(),
                        floor.ana().personId(),
                        null,
                        20,
                        0,
                        Map.of(),
                        Floor.utc("2026-03-02T08:00"))))
                .hasMessage(CLOSED);
        assertThatThrownBy(() -> new AttendanceService(db.jdbiAs(floor.supervisor()), clock)
                        .record(
                                UUID.randomUUID(),
                                floor.line().id(),
                                floor.ana().personId(),
                                during,
                                450,
                                0))
                .hasMessage(CLOSED);
        assertThatThrownBy(() -> downtime.start(new DowntimeStart(
                        UUID.randomUUID(),
                        floor.line().id(),
                        null,
                        DowntimeReason.NO_WORK,
                        "",
                        Floor.utc("2026-03-02T11:00"))))
                .hasMessage(CLOSED);
        // Nor can a stop of the shift be lengthened, and not even the database's superuser moves or removes a scan.
        assertThatThrownBy(() -> db.jdbiAs(floor.supervisor())
                        .useHandle(h ->
                                h.execute("update sewing.downtime set ended_at = ended_at + interval '5 minutes'")))
                .hasMessageContaining("is closed");
        assertThatThrownBy(() -> db.adminJdbi()
                        .useHandle(h -> h.execute(
                                "update sewing.bundle_scan set scanned_at = scanned_at + interval '8 hours' where tenant_id = ?",
                                floor.plant())))
                .hasMessageContaining("is closed");
        assertThatThrownBy(() -> db.adminJdbi()
                        .useHandle(h -> h.execute("delete from sewing.bundle_scan where tenant_id = ?", floor.plant())))
                .hasMessageContaining("is closed");
        // The next shift is open.
        ana.scan(scan(b2, floor.join(), floor.ana(), "2026-03-03T07:40"));

        // Reopening needs a reason and leaves its trace in the audit log; then the shift changes again.
        assertThatThrownBy(() -> close.reopen(start, " "))
                .hasMessage("Say why the shift is reopened (3 to 500 characters).");
        close.reopen(start, "Bundle 2 was sewn but its scan was lost");
        assertThat(close.state(start)).hasValueSatisfying(s -> {
            assertThat(s.closed()).isFalse();
            assertThat(s.reopenReason()).isEqualTo("Bundle 2 was sewn but its scan was lost");
            assertThat(s.reopenedBy()).isEqualTo(floor.supervisor().login());
        });
        long reopens = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from core.audit_log where table_name = "
                                        + "'sewing.shift_close' and action = 'UPDATE' and new_values ->> 'status' = 'reopened' and actor = ?")
                        .bind(0, floor.supervisor().login())
                        .mapTo(Long.class)
                        .one());
        assertThat(reopens).isEqualTo(1);
        assertThatThrownBy(() -> close.reopen(start, "again")).hasMessage("This shift is not closed.");
        ana.scan(scan(b2, floor.hem(), floor.ana(), "2026-03-02T08:40"));
        assertThat(close.close(during, 2).lateScans()).isEqualTo(2);
    }

    @Test
    void onlySupervisorsCloseAndNeitherARunningStopNorAnOpenShiftCloses(TestDatabase db) {
        Floor floor = Floor.build(db, "CLR");
        OffsetDateTime during = Floor.utc("2026-03-02T09:00");
        assertThatThrownBy(() -> new ShiftCloseService(db.jdbiAs(floor.ana())).close(during, 0))
                .isInstanceOf(PlantdeskException.class);
        ShiftCloseService close = new ShiftCloseService(db.jdbiAs(floor.supervisor()));
        assertThatThrownBy(() -> close.close(OffsetDateTime.now(clock), 0))
                .hasMessageStartingWith("Shift \"")
                .hasMessageContaining("has not ended yet");
        DowntimeService downtime = new DowntimeService(
                db.jdbiAs(floor.supervisor()),
                clock,
                MaintenanceApis.find().map(a -> a.workRequests(db.jdbiAs(floor.supervisor()), clock)));
        Downtime power = downtime.start(new DowntimeStart(
                UUID.randomUUID(), floor.line().id(), null, DowntimeReason.POWER, "", Floor.utc("2026-03-02T09:00")));
        assertThatThrownBy(() -> close.close(during, 0))
                .hasMessage(
                        "A stop that began in shift \"Morning\" is still running: stop it before closing the shift.");
        downtime.stop(UUID.randomUUID(), power.id(), Floor.utc("2026-03-02T09:30"));
        assertThat(close.close(during, 0).closed()).isTrue();

        // Another plant's same hours are not closed, and it sees nothing of ours.
        Floor other = Floor.build(db, "CLS");
        ShiftCloseService theirs = new ShiftCloseService(db.jdbiAs(other.supervisor()));
        assertThat(theirs.state(Floor.utc("2026-03-02T06:00"))).isEmpty();
        new ScanService(db.jdbiAs(other.ana()), clock, Optional.empty())
                .scan(scan(other.bundles().getFirst(), other.join(), other.ana(), "2026-03-02T07:10"));
        assertThat(theirs.lateScans(during)).hasSize(1);
        assertThat(close.lateScans(during)).isEmpty();
    }
}
