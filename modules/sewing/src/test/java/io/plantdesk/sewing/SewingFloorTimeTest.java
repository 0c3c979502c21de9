package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The floor's times come from the station (kept there while the server was away) and the server
 * bounds them with the one rule of V092 ({@code core.floor_time}): a station clock ahead of the
 * server is taken as the server's now; a stop's end or a rework before what it follows is taken
 * as that step's time (clamped, never refused: the action happened, only the clock was wrong).
 */
@ExtendWith(PostgresExtension.class)
class SewingFloorTimeTest {

    static TestDatabase db;
    static Floor floor;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        floor = Floor.build(db, "FTS");
    }

    private static OffsetDateTime serverNow() {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select now()")
                        .mapTo(OffsetDateTime.class)
                        .one());
    }

    private static OffsetDateTime stored(String sql, UUID id) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery(sql)
                        .bind(0, id)
                        .mapTo(OffsetDateTime.class)
                        .one());
    }

    @Test
    void aScanAndAQcCheckFromAStationClockAheadAreStoredAtTheServersNow() {
        Bundle b = floor.bundles().get(0);
        OffsetDateTime ahead = OffsetDateTime.now().plusHours(3);
        ScanResult scan = new ScanService(db.jdbiAs(floor.ana()), Clock.systemUTC(), Optional.empty())
                .scan(new ScanRequest(
                        UUID.randomUUID(),
                        b.qrCode(),
                        floor.join().id(),
                        floor.ana().personId(),
                        null,
                        "s1",
                        ahead));
        OffsetDateTime scanned = stored("select scanned_at from sewing.bundle_scan where id = ?", scan.scanId());
        assertThat(Duration.between(scanned, serverNow()).abs()).isLessThan(Duration.ofMinutes(1));

        UUID check = new QualityService(db.jdbiAs(floor.supervisor()), Clock.systemUTC())
                .check(new QcCheckRequest(
                        UUID.randomUUID(),
                        b.qrCode(),
                        floor.join().id(),
                        floor.ana().personId(),
                        null,
                        5,
                        0,
                        Map.of(),
                        ahead));
        OffsetDateTime checked = stored("select checked_at from sewing.qc_check where id = ?", check);
        assertThat(Duration.between(checked, serverNow()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void aReworkBeforeItsCheckIsStoredAtTheChecksTime() {
        Bundle b = floor.bundles().get(1);
        QualityService quality = new QualityService(db.jdbiAs(floor.supervisor()), Clock.systemUTC());
        OffsetDateTime checkedAt = Floor.utc("2026-03-02T08:10");
        UUID check = quality.check(new QcCheckRequest(
                UUID.randomUUID(),
                b.qrCode(),
                floor.join().id(),
                floor.ana().personId(),
                null,
                10,
                1,
                Map.of(quality.defineDefectCode("FT", "Floor time seam").id(), 1),
                checkedAt));
        UUID key = UUID.randomUUID();
        quality.rework(new ReworkRequest(
                key, b.qrCode(), floor.join().id(), floor.ana().personId(), check, 1, checkedAt.minusHours(2)));
        assertThat(stored("select reworked_at from sewing.rework where client_key = ?", key)
                        .toInstant())
                .isEqualTo(checkedAt.toInstant());
    }

    @Test
    void aStopEndedBeforeItStartedIsClampedToASecondAfterItsStart() {
        OffsetDateTime started = Floor.utc("2026-03-02T09:00");
        DowntimeService downtime =
                new DowntimeService(db.jdbiAs(floor.supervisor()), Clock.systemUTC(), Optional.empty());
        Downtime d = downtime.start(
                new DowntimeStart(UUID.randomUUID(), floor.line().id(), null, DowntimeReason.NO_WORK, "", started));
        downtime.stop(UUID.randomUUID(), d.id(), started.minusMinutes(30));
        assertThat(stored("select ended_at from sewing.downtime where id = ?", d.id())
                        .toInstant())
                .isEqualTo(started.plusSeconds(1).toInstant());
    }
}
