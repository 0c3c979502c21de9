package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.embedded.EmbeddedServer;
import io.plantdesk.platform.embedded.EmbeddedServerException;
import io.plantdesk.platform.embedded.EmbeddedServerException.Reason;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server keeps its data, refuses password-less TCP, and explains why it cannot start. */
class EmbeddedServerTest {

    @TempDir
    Path home;

    private EmbeddedServer start(int port) {
        return EmbeddedServer.start(
                home.resolve("pgdata"), home.resolve("pgbin"), home.resolve("logs/postgres.log"), port);
    }

    @Test
    void dataSurvivesARestartAndTcpNeedsAPassword() throws Exception {
        int port = TestCluster.freePort();
        try (EmbeddedServer s = start(port)) {
            s.ensureDatabase("kept");
            assertThatThrownBy(() -> DriverManager.getConnection(s.jdbcUrl("kept"), "postgres", "")
                            .close())
                    .isInstanceOf(SQLException.class);
        }
        try (EmbeddedServer s = start(port);
                Connection c = s.adminDataSource("kept").getConnection()) {
            assertThat(c.isValid(2)).isTrue();
        }
        assertThat(Files.readString(home.resolve("pgdata/pg_hba.conf")))
                .contains("scram-sha-256")
                .doesNotContain("host    all   all   127.0.0.1/32     trust");
    }

    @Test
    void aPortInUseIsExplained() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> start(taken.getLocalPort()))
                    .isInstanceOf(EmbeddedServerException.class)
                    .satisfies(e -> {
                        EmbeddedServerException ex = (EmbeddedServerException) e;
                        assertThat(ex.reason()).isEqualTo(Reason.PORT_IN_USE);
                        assertThat(ex.getMessage())
                                .contains("Port " + taken.getLocalPort())
                                .contains("another program");
                        assertThat(ex.fullMessage()).contains("postgres.log");
                    });
        }
    }

    @Test
    void aDamagedDataDirectoryIsExplained() throws Exception {
        Files.createDirectories(home.resolve("pgdata"));
        Files.writeString(home.resolve("pgdata/some-file"), "not a database");
        assertThatThrownBy(() -> start(TestCluster.freePort()))
                .isInstanceOf(EmbeddedServerException.class)
                .satisfies(
                        e -> assertThat(((EmbeddedServerException) e).reason()).isEqualTo(Reason.DAMAGED))
                .hasMessageContaining("damaged");
        assertThat(home.resolve("pgdata/some-file")).exists();
    }

    @Test
    void aCommandBesideARunningConsoleUsesItsServerAndLeavesItRunning() throws Exception {
        int port = TestCluster.freePort();
        EmbeddedServer console = start(port);
        console.ensureDatabase("shared");
        try {
            try (EmbeddedServer command = start(TestCluster.freePort());
                    Connection c = command.adminDataSource("shared").getConnection()) {
                assertThat(command.attached()).isTrue();
                assertThat(command.port()).isEqualTo(port);
                assertThat(c.isValid(2)).isTrue();
            }
            try (Connection c = console.adminDataSource("shared").getConnection()) {
                assertThat(c.isValid(2)).as("the console's server still runs").isTrue();
            }
        } finally {
            console.close();
        }
        assertThat(console.serverAlive()).as("the last one out stopped it").isFalse();
    }

    @Test
    void scratchDatabasesOfEndedProcessesAreDroppedAndThoseInUseKept() throws Exception {
        try (EmbeddedServer server = start(TestCluster.freePort())) {
            long me = ProcessHandle.current().pid();
            server.ensureDatabase("pd_scratch_999999999_crashed"); // above any pid_max: that process is gone
            server.ensureDatabase("pd_scratch_" + me + "_inuse");
            io.plantdesk.migrations.service.ScratchServer scratch =
                    io.plantdesk.migrations.service.ScratchServer.embedded(() -> server);
            scratch.create("pd_scratch_" + me + "_new");
            java.util.List<String> names = new java.util.ArrayList<>();
            try (Connection c = server.adminDataSource("postgres").getConnection();
                    var rs = c.createStatement()
                            .executeQuery("select datname from pg_database where datname like 'pd%' order by 1")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            assertThat(names).containsExactly("pd_scratch_" + me + "_inuse", "pd_scratch_" + me + "_new");
            scratch.drop("pd_scratch_" + me + "_new");
        }
    }

    @Test
    void aServerKilledHardRecoversAtTheNextStart() throws Exception {
        int port = TestCluster.freePort();
        EmbeddedServer first = start(port);
        first.ensureDatabase("survivor");
        long pid = Long.parseLong(Files.readAllLines(home.resolve("pgdata/postmaster.pid"))
                .getFirst()
                .trim());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        first.close();
        try (EmbeddedServer again = start(port);
                Connection c = again.adminDataSource("survivor").getConnection()) {
            assertThat(c.isValid(2)).isTrue();
        }
    }
}
