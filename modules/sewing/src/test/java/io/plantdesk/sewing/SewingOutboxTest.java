package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.outbox.ActionTypes;
import io.plantdesk.platform.outbox.Outbox;
import io.plantdesk.platform.outbox.OutboxAction;
import io.plantdesk.platform.outbox.ReplayContext;
import io.plantdesk.platform.outbox.Replayer;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The sewing floor's actions recorded while the server is away (queued in the outbox, nothing
 * sent) and replayed when it answers: scans count once with their time on the floor, a bundle
 * already scanned by someone else reads in the floor's words, and a stop started and ended
 * offline is one stop on the server.
 */
@ExtendWith(PostgresExtension.class)
class SewingOutboxTest {

    static TestDatabase db;
    static Floor floor;

    @TempDir
    Path data;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        floor = Floor.build(db, "OBX");
    }

    private ReplayContext as(TestUser user) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:" + db.profile().port() + "/" + db.name());
        ds.setUser(user.login());
        ds.setPassword(user.password());
        return new ReplayContext(Database.jdbiFor(ds), Clock.systemUTC(), user.personId());
    }

    private static void drain(Outbox box, ReplayContext as) throws InterruptedException {
        try (Replayer r = new Replayer(box, ActionTypes.discover(), as, Duration.ofMillis(100), new Random(1))) {
            r.kick();
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (box.status().pending() > 0) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("the outbox did not drain");
                }
                Thread.sleep(50);
            }
        }
    }

    private long count(String sql) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void theFloorsActionsAreRegisteredTypes() {
        assertThat(ActionTypes.discover().names())
                .contains(SewingActionTypes.SCAN, SewingActionTypes.DOWNTIME_START, SewingActionTypes.DOWNTIME_STOP);
    }

    @Test
    void scansRecordedOfflineArriveOnceAndAnAlreadyScannedBundleReadsInPlantWords() throws Exception {
        Bundle b1 = floor.bundles().get(0);
        Bundle b2 = floor.bundles().get(1);
        // Ben scanned bundle 2 for "Join shoulders" on his station while Ana's was offline.
        new ScanService(as(floor.ben()).jdbi(), Clock.systemUTC(), java.util.Optional.empty())
                .scan(new ScanRequest(
                        UUID.randomUUID(),
                        b2.qrCode(),
                        floor.join().id(),
                        floor.ben().personId(),
                        null,
                        "station-2",
                        Floor.utc("2026-03-02T10:41")));
        OffsetDateTime at = Floor.utc("2026-03-02T10:45");
        OutboxAction dup;
        try (Outbox box = Outbox.open(data, floor.ana().personId(), Clock.systemUTC())) {
            for (Bundle b : java.util.List.of(b1, b2)) {
                ScanRequest r = new ScanRequest(
                        UUID.randomUUID(),
                        b.qrCode(),
                        floor.join().id(),
                        floor.ana().personId(),
                        null,
                        "station-1",
                        at);
                box.append(SewingActionTypes.SCAN, SewingActionTypes.scan(r, "Join shoulders", "Ana", at));
            }
            dup = box.all().getLast();
            drain(box, as(floor.ana()));
            // Replaying twice more changes nothing (the key is the action's id).
            assertThat(box.rejected())
                    .singleElement()
                    .extracting(OutboxAction::id)
                    .isEqualTo(dup.id());
            OutboxAction refused = box.rejected().getFirst();
            String benName = db.adminJdbi()
                    .withHandle(h -> h.createQuery("select display_name from core.person where id = ?")
                            .bind(0, floor.ben().personId())
                            .mapTo(String.class)
                            .one());
            assertThat(refused.refusal().orElseThrow().english())
                    .isEqualTo("Bundle " + b2.ticket() + " was already scanned for Join shoulders by " + benName
                            + " at 2026-03-02 10:41.");
            assertThat(ActionTypes.discover()
                            .require(refused.type())
                            .describe(refused.payload())
                            .english())
                    .isEqualTo("Bundle " + b2.qrCode() + " scanned for \"Join shoulders\" by Ana");
        }
        assertThat(count("select count(*) from sewing.bundle_scan where bundle_id = '" + b1.id() + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from sewing.bundle_scan where bundle_id = '" + b2.id() + "'"))
                .isEqualTo(1);
        // The scan counts at its time on the floor, not at the replay's.
        assertThat(db.adminJdbi()
                        .withHandle(h -> h.createQuery("select scanned_at from sewing.bundle_scan where bundle_id = ?")
                                .bind(0, b1.id())
                                .mapTo(OffsetDateTime.class)
                                .one())
                        .toInstant())
                .isEqualTo(at.toInstant());
    }

    @Test
    void aStopStartedAndEndedOfflineIsOneStopOnTheServer() throws Exception {
        UUID startKey;
        try (Outbox box = Outbox.open(data, floor.ana().personId(), Clock.systemUTC())) {
            DowntimeStart s = new DowntimeStart(
                    UUID.randomUUID(), floor.line().id(), null, DowntimeReason.POWER, "mains down", null);
            OutboxAction start = box.append(
                    SewingActionTypes.DOWNTIME_START,
                    SewingActionTypes.downtimeStart(s, "Line 1", Floor.utc("2026-03-02T09:00")));
            startKey = start.id();
            OutboxAction stop = box.append(
                    SewingActionTypes.DOWNTIME_STOP,
                    SewingActionTypes.downtimeStop(startKey, "Line 1", Floor.utc("2026-03-02T09:20")));
            assertThat(ActionTypes.discover()
                            .require(start.type())
                            .describe(start.payload())
                            .english())
                    .isEqualTo("Line 1 stopped: power cut");
            assertThat(ActionTypes.discover()
                            .require(stop.type())
                            .describe(stop.payload())
                            .english())
                    .isEqualTo("Line 1 running again");
            drain(box, as(floor.ana()));
            assertThat(box.all()).isEmpty();
        }
        assertThat(count("select count(*) from sewing.downtime where start_key = '" + startKey
                        + "' and ended_at - started_at = interval '20 minutes'"))
                .isEqualTo(1);
    }
}
