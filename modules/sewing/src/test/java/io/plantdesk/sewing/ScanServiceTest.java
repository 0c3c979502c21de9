package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The scan station's action: once per bundle-operation, once per key, refusals that say who and when. */
@ExtendWith(PostgresExtension.class)
class ScanServiceTest {

    static TestDatabase db;
    static Floor floor;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        floor = Floor.build(db, "SCAN");
    }

    private ScanService as(TestUser user) {
        return new ScanService(
                db.jdbiAs(user),
                Clock.systemUTC(),
                MaintenanceApis.find().map(a -> a.meterFeed(db.jdbiAs(user), Clock.systemUTC())));
    }

    private long count(String sql) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void aSecondScanBySomeoneElseIsRefusedWithWhoAndWhenAndAReplayCountsOnce() {
        Bundle b = floor.bundles().get(0);
        UUID key = UUID.randomUUID();
        ScanRequest first = new ScanRequest(
                key,
                " " + b.qrCode() + " ",
                floor.join().id(),
                floor.ana().personId(),
                floor.machine(),
                "station-1",
                Floor.utc("2026-03-02T07:10"));
        ScanResult done = as(floor.ana()).scan(first);
        assertThat(done.repeated()).isFalse();
        assertThat(done.pieces()).isEqualTo(20);
        assertThat(done.ticket()).isEqualTo(b.ticket());

        // The outbox replays the same key: the first scan comes back, nothing more is recorded or fed.
        ScanResult replay = as(floor.ana()).scan(first);
        assertThat(replay.repeated()).isTrue();
        assertThat(replay.scanId()).isEqualTo(done.scanId());

        String anaName = db.adminJdbi()
                .withHandle(h -> h.createQuery("select display_name from core.person where id = ?")
                        .bind(0, floor.ana().personId())
                        .mapTo(String.class)
                        .one());
        assertThatThrownBy(() -> as(floor.ben())
                        .scan(new ScanRequest(
                                UUID.randomUUID(),
                                b.qrCode(),
                                floor.join().id(),
                                floor.ben().personId(),
                                null,
                                "station-2",
                                null)))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("Refused: bundle " + b.ticket() + ", \"Join shoulders\" was already scanned by " + anaName
                        + " at 2026-03-02 07:10.");

        assertThat(count("select count(*) from sewing.bundle_scan where bundle_id = '" + b.id() + "'"))
                .isEqualTo(1);
        // The machine's pieces meter got the bundle's 20 pieces once.
        BigDecimal meter = db.adminJdbi()
                .withHandle(h -> h.createQuery("select total from maint.meter where asset_id = ? and kind = 'pieces'")
                        .bind(0, floor.machine())
                        .mapTo(BigDecimal.class)
                        .one());
        assertThat(meter).isEqualByComparingTo("20");
    }

    @Test
    void unknownCodesAndOperationsOfAnotherStyleAreRefusedInWords() {
        Bundle b = floor.bundles().get(1);
        assertThatThrownBy(() -> as(floor.ana())
                        .scan(new ScanRequest(
                                UUID.randomUUID(),
                                "B-NOPE-1",
                                floor.hem().id(),
                                floor.ana().personId(),
                                null,
                                null,
                                null)))
                .hasMessage("No bundle has the code \"B-NOPE-1\". Check the ticket and scan it again.");
        Style other = new FloorSetupService(db.jdbiAs(floor.supervisor()), Clock.systemUTC())
                .createStyle("JK-1", "Jacket", List.of(OperationDraft.of(10, "Set sleeve", "1.2", "0.05")));
        Operation sleeve = new FloorSetupService(db.jdbiAs(floor.supervisor()), Clock.systemUTC())
                .bulletin(other.id())
                .getFirst();
        assertThatThrownBy(() -> as(floor.ana())
                        .scan(new ScanRequest(
                                UUID.randomUUID(),
                                b.qrCode(),
                                sleeve.id(),
                                floor.ana().personId(),
                                null,
                                null,
                                null)))
                .hasMessage("Bundle " + b.ticket() + " is style TS-100: \"Set sleeve\" is not one of its operations. "
                        + "Choose the right operation.");
        // The database refuses it too, whoever writes around the service.
        assertThatThrownBy(() -> db.jdbiAs(floor.ana())
                        .useHandle(h -> h.execute(
                                "insert into sewing.bundle_scan (tenant_id, id, client_key, bundle_id, operation_id, line_id, operator_id, "
                                        + "pieces, smv, scanned_at) values (core.current_tenant(), ?, ?, ?, ?, ?, ?, 20, 1.2, now())",
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                b.id(),
                                sleeve.id(),
                                floor.line().id(),
                                floor.ana().personId())))
                .hasMessageContaining("this operation is not part of the bundle's style");
    }

    @Test
    void stationsRacingOnOneBundleOperationRecordItOnceAndTheOthersHearWho() throws Exception {
        Bundle b = floor.bundles().get(1);
        int clients = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Optional<ScanResult>>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            TestUser who = i % 2 == 0 ? floor.ana() : floor.ben();
            results.add(pool.submit(() -> {
                go.await();
                try {
                    return Optional.of(as(who).scan(new ScanRequest(
                            UUID.randomUUID(), b.qrCode(), floor.hem().id(), who.personId(), null, null, null)));
                } catch (PlantdeskException refused) {
                    assertThat(refused.getMessage()).contains("was already scanned by");
                    return Optional.empty();
                }
            }));
        }
        go.countDown();
        int recorded = 0;
        for (var f : results) {
            recorded += f.get().isPresent() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(recorded).isEqualTo(1);
        assertThat(count("select count(*) from sewing.bundle_scan where bundle_id = '" + b.id()
                        + "' and operation_id = '" + floor.hem().id() + "'"))
                .isEqualTo(1);
    }

    @Test
    void anotherPlantSeesNoneOfThisFloor() {
        UUID other = db.createTenant("Other sewing plant");
        TestUser stranger = db.createUser(other, AppRole.SUPERVISOR);
        FloorSetupService theirs = new FloorSetupService(db.jdbiAs(stranger), Clock.systemUTC());
        assertThat(theirs.lines()).isEmpty();
        assertThat(theirs.styles()).isEmpty();
        assertThat(as(stranger).bundle(floor.bundles().get(0).qrCode())).isEmpty();
        assertThat(new FloorSetupService(db.jdbiAs(floor.supervisor()), Clock.systemUTC()).lines())
                .extracting(Line::code)
                .containsExactly("L1");
    }

    @Test
    void theDatabaseRefusesOutOfRangeBulletinsWithASentence() {
        FloorSetupService setup = new FloorSetupService(db.jdbiAs(floor.supervisor()), Clock.systemUTC());
        assertThatThrownBy(() -> setup.createStyle("ZERO", "Zero", List.of(OperationDraft.of(10, "Nothing", "0", "0"))))
                .hasMessage("Standard minutes are more than 0 and at most 600 per piece.");
        assertThatThrownBy(() -> setup.createStyle(
                        "TWICE",
                        "Twice",
                        List.of(OperationDraft.of(10, "A", "1", "0"), OperationDraft.of(10, "B", "1", "0"))))
                .hasMessage("Two operations of a style cannot share a sequence number.");
        assertThat(setup.styles()).extracting(Style::code).doesNotContain("ZERO", "TWICE");
        // An operator cannot change the bulletin (grants), so piece rates stay the planners'.
        assertThatThrownBy(() -> db.jdbiAs(floor.ana())
                        .useHandle(h -> h.execute(
                                "update sewing.operation set piece_rate = 9 where id = ?",
                                floor.hem().id())))
                .hasMessageContaining("permission denied");
    }
}
