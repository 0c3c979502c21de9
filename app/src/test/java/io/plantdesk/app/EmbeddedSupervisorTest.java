package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.app.shell.ConnectionProbe;
import io.plantdesk.app.shell.EmbeddedSupervisor;
import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.embedded.EmbeddedHolder;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app brings its own PostgreSQL back after it was killed, and backs off while it cannot. */
class EmbeddedSupervisorTest {

    @TempDir
    Path home;

    @Test
    void aKilledEmbeddedServerIsRestartedAndAnswersAgain() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"), home.resolve("data/logs"));
        int p = port;
        try (EmbeddedHolder holder = new EmbeddedHolder(paths, () -> p)) {
            holder.get().ensureDatabase("survivor");
            ConnectionProfile profile = ConnectionProfile.demo(holder.get().port());
            assertThat(ConnectionProbe.listening(profile)).isTrue();

            kill(paths);
            assertThat(ConnectionProbe.listening(profile)).isFalse();

            EmbeddedSupervisor supervisor = new EmbeddedSupervisor(holder, Clock.systemUTC());
            assertThat(supervisor.due()).isTrue();
            EmbeddedSupervisor.Status status = supervisor.restartIfDue();
            // A backend of the killed server may hold its shared memory a moment: the backoff covers it.
            for (int i = 0; i < 10 && status.lastError().isPresent(); i++) {
                Thread.sleep(Duration.between(java.time.Instant.now(), status.nextAttempt())
                                .toMillis()
                        + 50);
                status = supervisor.restartIfDue();
            }
            assertThat(status.lastError()).isEmpty();
            assertThat(ConnectionProbe.listening(profile)).isTrue();
            try (Connection c = holder.get().adminDataSource("survivor").getConnection()) {
                assertThat(c.isValid(2)).isTrue();
            }

            // The login's path: a dead server is noticed and started again before connecting.
            kill(paths);
            EmbeddedSupervisor.reviveIfDead(holder);
            for (int i = 0; i < 10; i++) {
                try {
                    holder.get();
                    break;
                } catch (io.plantdesk.platform.PlantdeskException e) {
                    Thread.sleep(500); // the killed server's last backend is still leaving
                    holder.close();
                }
            }
            assertThat(ConnectionProbe.listening(profile)).isTrue();
        }
    }

    @Test
    void failedRestartsWaitLongerEachTimeUpToAMinute() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 9)
                        .mapToObj(i -> io.plantdesk.app.shell.ShellTestAccess.waitSeconds(i))
                        .toList())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    private static void kill(AppPaths paths) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(paths.embeddedDataDir().resolve("postmaster.pid"))
                .getFirst()
                .trim());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        ProcessHandle.of(pid).ifPresent(ph -> ph.onExit().join());
    }
}
