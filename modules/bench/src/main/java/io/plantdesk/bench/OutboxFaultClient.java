package io.plantdesk.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.maintenance.api.TechnicianQueue;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.Pools;
import io.plantdesk.platform.db.SslMode;
import io.plantdesk.platform.outbox.ActionTypes;
import io.plantdesk.platform.outbox.Outbox;
import io.plantdesk.platform.outbox.OutboxAction;
import io.plantdesk.platform.outbox.ReplayContext;
import io.plantdesk.platform.outbox.Replayer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

/**
 * The floor PC the fault harness kills with kill -9: records {@code count} labour entries into
 * the person's outbox, printing "ACK note" once each is durable (what the person would see), then
 * replays the outbox and prints "EMPTY" when the server has taken everything. Run by
 * {@link OutboxFaultScenario} in a JVM of its own, so that killing it is a real crash.
 * Arguments: dataDir port database login password personId workOrderId prefix count.
 */
public final class OutboxFaultClient {

    public static void main(String[] a) throws Exception {
        Path dataDir = Path.of(a[0]);
        // The console's own way in: the person's pool (HikariCP), its connections reused across batches.
        HikariDataSource ds = Pools.open(
                new ConnectionProfile(
                        "outbox",
                        "127.0.0.1",
                        Integer.parseInt(a[1]),
                        a[2],
                        "",
                        SslMode.DISABLE,
                        Environment.DEV,
                        false),
                a[3],
                a[4].toCharArray());
        UUID person = UUID.fromString(a[5]);
        UUID workOrder = UUID.fromString(a[6]);
        String prefix = a[7];
        int count = Integer.parseInt(a[8]);
        try (Outbox outbox = Outbox.open(dataDir, person, Clock.systemUTC());
                Replayer replayer = new Replayer(
                        outbox,
                        ActionTypes.discover(),
                        new ReplayContext(Database.jdbiFor(ds), Clock.systemUTC(), person),
                        Duration.ofMillis(200),
                        new Random())) {
            TechnicianQueue queue = MaintenanceApis.find().orElseThrow().technicianQueue(outbox, null);
            for (int i = 0; i < count; i++) {
                String note = prefix + "-" + i;
                OutboxAction ack = queue.logLabour(
                        new LabourReport(workOrder, person, LocalDate.now(), new BigDecimal("0.25"), note), "#1");
                System.out.println("ACK " + ack.payload().require("note"));
                System.out.flush();
            }
            replayer.kick();
            while (outbox.status().pending() > 0) {
                Thread.sleep(20);
            }
            System.out.println("EMPTY");
            System.out.flush();
        } finally {
            ds.close();
        }
    }

    private OutboxFaultClient() {}
}
