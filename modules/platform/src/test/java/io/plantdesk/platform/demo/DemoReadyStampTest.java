package io.plantdesk.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.embedded.EmbeddedServer;
import io.plantdesk.platform.ids.Ids;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start of the same build on the same database skips the demo's migrations and seeds (most of a
 * second of every start while "Try the demo plant" waited); anything that changes the build or the
 * migration history makes the next start check everything again.
 */
class DemoReadyStampTest {

    @TempDir
    Path root;

    @Test
    void theSameBuildOnAnUnchangedDatabaseSkipsTheChecksAndAnyChangeRunsThemAgain() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        DemoSeed counting = new DemoSeed() {
            @Override
            public String name() {
                return "counting";
            }

            @Override
            public void seed(Plant plant) {
                runs.incrementAndGet();
            }
        };
        Ids ids = new Ids(Clock.systemUTC());
        Path h = root.resolve("data");
        try (EmbeddedServer s = EmbeddedServer.start(
                h.resolve("pgdata"), h.resolve("pgbin"), h.resolve("logs/postgres.log"), freePort())) {
            new DemoPlant(ids, List.of(counting), Optional.of("build 1")).ensureReady(s);
            assertThat(runs).as("a new database: migrated and seeded").hasValue(1);
            assertThat(h.resolve(DemoReadyStamp.FILE)).exists();

            new DemoPlant(ids, List.of(counting), Optional.of("build 1")).ensureReady(s);
            assertThat(runs).as("the same build on the same database").hasValue(1);

            new DemoPlant(ids, List.of(counting), Optional.of("build 2")).ensureReady(s);
            assertThat(runs).as("an upgrade").hasValue(2);

            // Another route changed the schema (the tracker's migrate or rollback writes the history).
            try (Connection c = s.adminDataSource(DemoPlant.DATABASE).getConnection();
                    Statement st = c.createStatement()) {
                st.execute("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                        + " installed_by, execution_time, success) select max(installed_rank) + 1, '99999',"
                        + " 'from elsewhere', 'SQL', 'V99999__elsewhere.sql', current_user, 0, true"
                        + " from flyway_schema_history");
            }
            new DemoPlant(ids, List.of(counting), Optional.of("build 2")).ensureReady(s);
            assertThat(runs).as("a changed migration history").hasValue(3);

            new DemoPlant(ids, List.of(counting), Optional.empty()).ensureReady(s);
            new DemoPlant(ids, List.of(counting), Optional.empty()).ensureReady(s);
            assertThat(runs)
                    .as("run from class folders: no stamp, every start checks")
                    .hasValue(5);
        }
    }

    @Test
    void aBuildIsKnownOnlyFromJarsNeverFromClassFolders() {
        assertThat(DemoReadyStamp.buildOf(List.of(Test.class))).isPresent();
        assertThat(DemoReadyStamp.buildOf(List.of(Test.class))).isEqualTo(DemoReadyStamp.buildOf(List.of(Test.class)));
        assertThat(DemoReadyStamp.buildOf(List.of(Test.class, DemoReadyStampTest.class)))
                .isEmpty();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
