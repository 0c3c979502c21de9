package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.embedded.EmbeddedServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Probe of issue 13, round 2, security 3: any login could connect to the embedded server's
 * {@code postgres} database and fill the disk there with large objects or temporary tables. And
 * the low-disk warning must say what takes the space.
 */
class EmbeddedOtherDatabasesTest {

    @TempDir
    Path root;

    @Test
    void peoplesLoginsCannotConnectToTheOtherDatabasesAndTheDiskUseNamesLargeObjects() throws Exception {
        Path h = root.resolve("data");
        try (EmbeddedServer s = EmbeddedServer.start(
                h.resolve("pgdata"), h.resolve("pgbin"), h.resolve("logs/postgres.log"), TestCluster.freePort())) {
            s.ensureDatabase("plantdesk");
            try (Connection c = s.adminDataSource("plantdesk").getConnection();
                    Statement st = c.createStatement()) {
                st.execute("create role \"b.op\" login password 'Floor-2026-pass'");
                st.execute("select lo_from_bytea(0, convert_to(repeat('x', 2000000), 'UTF8'))");
            }
            for (String db : new String[] {"postgres", "template1"}) {
                assertThatThrownBy(() -> DriverManager.getConnection(s.jdbcUrl(db), "b.op", "Floor-2026-pass")
                                .close())
                        .as(db)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied for database");
            }
            try (Connection c = DriverManager.getConnection(s.jdbcUrl("plantdesk"), "b.op", "Floor-2026-pass")) {
                assertThat(c.isValid(2)).as("its own database stays open").isTrue();
            }
            assertThat(s.diskUse())
                    .contains("largest databases: ")
                    .contains("plantdesk")
                    .contains("large objects in plantdesk: 1");
        }
    }
}
