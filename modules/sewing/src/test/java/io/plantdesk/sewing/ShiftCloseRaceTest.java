package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A late scan and the shift's close-out at the same moment, under READ COMMITTED: the scan is
 * inserted (not yet committed) when the supervisor closes having seen no late scan. The close
 * waits for the scan's transaction, then counts it and refuses ("now has 1 late scans, not 0"),
 * instead of closing the shift with a scan it never counted committed into it afterwards. The
 * supervisor, shown the scan, then closes; a scan after that is refused as in a closed shift.
 */
@ExtendWith(PostgresExtension.class)
class ShiftCloseRaceTest {

    @Test
    void aCloseWaitsForALateScanInFlightAndCountsIt(TestDatabase db) throws Exception {
        Floor floor = Floor.build(db, "RACE");
        OffsetDateTime during = Floor.utc("2026-03-02T09:00");
        Bundle b1 = floor.bundles().get(0);
        ShiftCloseService close = new ShiftCloseService(db.jdbiAs(floor.supervisor()));
        try (Handle ana = db.jdbiAs(floor.ana()).open()) {
            ana.begin();
            ana.execute(
                    "insert into sewing.bundle_scan (tenant_id, id, client_key, bundle_id, operation_id, line_id, "
                            + "operator_id, device, pieces, smv, scanned_at) select core.current_tenant(), ?, ?, ?, o.id, ?, ?, "
                            + "'station-1', 20, o.smv, ? from sewing.operation o where o.id = ?",
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    b1.id(),
                    floor.line().id(),
                    floor.ana().personId(),
                    Floor.utc("2026-03-02T08:30"),
                    floor.join().id());
            CompletableFuture<ShiftClose> closing = CompletableFuture.supplyAsync(() -> close.close(during, 0));
            Thread.sleep(800);
            assertThat(closing).as("the close waits for the scan in flight").isNotDone();
            ana.commit();
            assertThatThrownBy(() -> closing.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(PlantdeskException.class)
                    .hasMessage("Shift \"Morning\" now has 1 late scans, not 0: look at them again before closing.");
        }
        assertThat(close.close(during, 1).lateScans()).isEqualTo(1);
        assertThatThrownBy(() -> new ScanService(db.jdbiAs(floor.ben()), Clock.systemUTC(), Optional.empty())
                        .scan(new ScanRequest(
                                UUID.randomUUID(),
                                b1.qrCode(),
                                floor.hem().id(),
                                floor.ben().personId(),
                                null,
                                "station-2",
                                Floor.utc("2026-03-02T09:30"))))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("is closed");
    }
}
