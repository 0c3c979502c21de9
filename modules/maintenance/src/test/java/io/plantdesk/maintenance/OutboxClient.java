package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.maintenance.api.TechnicianQueue;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.outbox.ActionTypes;
import io.plantdesk.platform.outbox.Outbox;
import io.plantdesk.platform.outbox.ReplayContext;
import io.plantdesk.platform.outbox.Replayer;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One floor PC in a test: a person's outbox in its own data folder, its replayer, and the
 * technician queue, talking to the server through the given port (a {@code TcpProxy} to cut the
 * network, or the server itself), as the person's own login.
 */
record OutboxClient(TestUser user, Outbox outbox, Replayer replayer, TechnicianQueue queue) implements AutoCloseable {

    static OutboxClient open(TestDatabase db, TestUser user, Path dataDir, int port, long seed) {
        Outbox outbox = Outbox.open(dataDir, user.personId(), Clock.systemUTC());
        Replayer replayer = new Replayer(
                outbox,
                ActionTypes.discover(),
                new ReplayContext(jdbiVia(db, user, port), Clock.systemUTC(), user.personId()),
                Duration.ofMillis(100),
                new Random(seed));
        return new OutboxClient(
                user, outbox, replayer, MaintenanceApis.find().orElseThrow().technicianQueue(outbox, replayer));
    }

    /** The person's login through another port, with short timeouts so a cut network shows quickly. */
    static Jdbi jdbiVia(TestDatabase db, TestUser user, int port) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:" + port + "/" + db.name());
        ds.setUser(user.login());
        ds.setPassword(user.password());
        ds.setConnectTimeout(2);
        ds.setSocketTimeout(10);
        return Database.jdbiFor(ds);
    }

    @Override
    public void close() {
        replayer.close();
        outbox.close();
    }
}
