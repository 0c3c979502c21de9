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
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * QC checks and rework recorded while the server is away (queued in the outbox, nothing sent)
 * and replayed when it answers: each arrives exactly once, at its time on the floor, even when a
 * delivery is repeated (an answer lost after the commit); a check that left who sewed it to the
 * server names whoever scanned the bundle; a rework finds its check by the key the check was
 * queued with; and a check the server cannot place reads in plant words in the Sync panel.
 */
@ExtendWith(PostgresExtension.class)
class QualityOutboxTest {

    static TestDatabase db;
    static Floor floor;
    static DefectCode openSeam;
    static DefectCode skipped;

    @TempDir
    Path data;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        floor = Floor.build(db, "QOB");
        QualityService supervisor = new QualityService(db.jdbiAs(floor.supervisor()), Clock.systemUTC());
        openSeam = supervisor.defineDefectCode("OS", "Open seam");
        skipped = supervisor.defineDefectCode("SK", "Skipped stitch");
        new ScanService(db.jdbiAs(floor.ben()), Clock.systemUTC(), Optional.empty())
                .scan(new ScanRequest(
                        UUID.randomUUID(),
                        floor.bundles().get(0).qrCode(),
                        floor.hem().id(),
                        floor.ben().personId(),
                        null,
                        "station-2",
                        Floor.utc("2026-03-02T08:20")));
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

    private static <T> T one(String sql, Class<T> type, Object... args) {
        return db.adminJdbi().withHandle(h -> {
            var q = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
            }
            return q.mapTo(type).one();
        });
    }

    @Test
    void theCheckpointsActionsAreRegisteredTypes() {
        assertThat(ActionTypes.discover().names()).contains(QualityActionTypes.QC_CHECK, QualityActionTypes.REWORK);
    }

    @Test
    void aCheckAndItsReworkRecordedOfflineArriveExactlyOnceAtTheirTimeOnTheFloor() throws Exception {
        Bundle b1 = floor.bundles().get(0);
        OffsetDateTime checkedAt = Floor.utc("2026-03-02T08:40");
        OffsetDateTime reworkedAt = Floor.utc("2026-03-02T09:05");
        // The inspector (Ana) did not know who hemmed the bundle: the server finds Ben by his scan.
        QcCheckRequest check = new QcCheckRequest(
                UUID.randomUUID(),
                b1.qrCode(),
                floor.hem().id(),
                null,
                floor.ana().personId(),
                20,
                3,
                Map.of(openSeam.id(), 2, skipped.id(), 2),
                checkedAt);
        ReworkRequest rework =
                new ReworkRequest(UUID.randomUUID(), b1.qrCode(), floor.hem().id(), null, null, 3, reworkedAt);
        ActionTypes types = ActionTypes.discover();
        try (Outbox box = Outbox.open(data, floor.ana().personId(), Clock.systemUTC())) {
            OutboxAction c = box.append(
                    check.key(),
                    QualityActionTypes.QC_CHECK,
                    QualityActionTypes.check(check, "Hem", "", "2 x OS Open seam, 2 x SK Skipped stitch", checkedAt));
            OutboxAction r = box.append(
                    rework.key(),
                    QualityActionTypes.REWORK,
                    QualityActionTypes.rework(rework, check.key(), "Hem", "", reworkedAt));
            assertThat(types.require(c.type()).describe(c.payload()).english())
                    .isEqualTo("QC of bundle " + b1.qrCode() + " after \"Hem\": 20 checked, 3 defective");
            assertThat(types.require(r.type()).describe(r.payload()).english())
                    .isEqualTo("3 pieces of bundle " + b1.qrCode() + " reworked (\"Hem\")");
            assertThat(count("select count(*) from sewing.qc_check where client_key = ?", check.key()))
                    .isZero();

            drain(box, as(floor.ana()));
            assertThat(box.all()).isEmpty();
            assertThat(box.rejected()).isEmpty();
            // The same deliveries again (the first answers were lost after the commits): nothing more.
            types.require(c.type()).deliver(as(floor.ana()), c.id(), c.payload());
            types.require(r.type()).deliver(as(floor.ana()), r.id(), r.payload());
        }
        assertThat(count("select count(*) from sewing.qc_check where bundle_id = ?", b1.id()))
                .isEqualTo(1);
        assertThat(count("select count(*) from sewing.rework where bundle_id = ?", b1.id()))
                .isEqualTo(1);
        UUID checkId = one("select id from sewing.qc_check where client_key = ?", UUID.class, check.key());
        assertThat(one(
                        "select operator_id = ? and pieces_defective = 3 and defects = 4 and checked_at = ? "
                                + "from sewing.qc_check where id = ?",
                        Boolean.class,
                        floor.ben().personId(),
                        checkedAt,
                        checkId))
                .isTrue();
        assertThat(count("select count(*) from sewing.qc_defect where check_id = ?", checkId))
                .isEqualTo(2);
        assertThat(one(
                        "select check_id = ? and operator_id = ? and pieces = 3 and reworked_at = ? "
                                + "from sewing.rework where client_key = ?",
                        Boolean.class,
                        checkId,
                        floor.ben().personId(),
                        reworkedAt,
                        rework.key()))
                .isTrue();
    }

    @Test
    void aCheckOfAnOperationNobodyScannedIsRefusedInPlantWords() throws Exception {
        Bundle b2 = floor.bundles().get(1);
        QcCheckRequest check = new QcCheckRequest(
                UUID.randomUUID(),
                b2.qrCode(),
                floor.join().id(),
                null,
                floor.ana().personId(),
                20,
                0,
                Map.of(),
                Floor.utc("2026-03-02T09:00"));
        try (Outbox box = Outbox.open(data, floor.ana().personId(), Clock.systemUTC())) {
            box.append(
                    check.key(),
                    QualityActionTypes.QC_CHECK,
                    QualityActionTypes.check(check, "Join shoulders", "", "", Floor.utc("2026-03-02T09:00")));
            drain(box, as(floor.ana()));
            assertThat(box.rejected())
                    .singleElement()
                    .satisfies(a -> assertThat(a.refusal().orElseThrow().english())
                            .isEqualTo("Nobody has scanned bundle " + b2.ticket()
                                    + " for this operation yet: choose who sewed it and send the check again."));
        }
        assertThat(count("select count(*) from sewing.qc_check where client_key = ?", check.key()))
                .isZero();
    }

    private static long count(String sql, Object arg) {
        return one(sql, Long.class, arg);
    }
}
