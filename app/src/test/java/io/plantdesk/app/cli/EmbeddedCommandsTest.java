package io.plantdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.app.Launcher;
import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.embedded.EmbeddedHolder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code plantdesk} processes on the embedded server (issue 13, bad files 3 and 4): a command
 * keeps the server it attached to when the process that started it leaves, {@code rollup run
 * --loop} starts a killed server again and says so, and a failed start reads as a sentence with no
 * stack trace on the terminal. Each runs the shipped logback.xml, as the installed app does.
 */
class EmbeddedCommandsTest {

    @TempDir
    Path home;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void endProcesses() {
        started.forEach(Process::destroyForcibly);
        postmaster().ifPresent(ProcessHandle::destroyForcibly);
    }

    private AppPaths paths() {
        return AppPaths.of(Map.of(AppPaths.HOME_VARIABLE, home.toString()), "Linux", home);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A plantdesk command as a shell runs it; stdout and stderr lines together, in order. */
    private final class Command {
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final List<String> all = java.util.Collections.synchronizedList(new ArrayList<>());

        Command(int port, String... args) throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> cmd = new ArrayList<>(List.of(
                    java,
                    "--enable-native-access=ALL-UNNAMED",
                    "-Dlogback.configurationFile="
                            + Path.of(Launcher.class.getResource("/logback.xml").toURI()),
                    "-cp",
                    System.getProperty("java.class.path"),
                    Launcher.class.getName()));
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put(AppPaths.HOME_VARIABLE, home.toString());
            pb.environment().put(EmbeddedHolder.PORT_VARIABLE, String.valueOf(port));
            process = pb.start();
            started.add(process);
            Thread.ofVirtual().start(() -> {
                try {
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                            .lines()
                            .forEach(l -> {
                                all.add(l);
                                lines.add(l);
                            });
                } catch (java.io.UncheckedIOException e) {
                    // the process was ended by the test's clean-up
                }
            });
        }

        String await(String part) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.contains(part)) {
                    return line;
                }
            }
            throw new AssertionError("no line with \"" + part + "\"; output:\n" + String.join("\n", all));
        }

        int finish() throws InterruptedException {
            assertThat(process.waitFor(180, TimeUnit.SECONDS))
                    .as("ended; output:\n%s", String.join("\n", all))
                    .isTrue();
            Thread.sleep(200); // the reader drains the last lines
            return process.exitValue();
        }

        String output() {
            return String.join("\n", all);
        }
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            long pid =
                    Long.parseLong(Files.readAllLines(paths().embeddedDataDir().resolve("postmaster.pid"))
                            .getFirst()
                            .trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    @Test
    void theRollupLoopOutlivesTheServersStarterAndStartsAKilledServerAgainSayingSo() throws Exception {
        int port = freePort();
        Command demo = new Command(port, "demo-data");
        assertThat(demo.finish()).as(demo.output()).isZero();
        assertThat(postmaster())
                .as("demo-data was the last one out and stopped it")
                .isEmpty();

        // This JVM starts the server (as the console would), the loop attaches to it.
        EmbeddedHolder console = new EmbeddedHolder(paths(), () -> port);
        assertThat(console.get().attached()).isFalse();
        try (var c = console.get().adminDataSource("plantdesk").getConnection();
                var st = c.createStatement()) {
            st.execute("update core.rollup_job set interval_seconds = 2"); // the loop's interval is not under test
        }
        Command loop = new Command(port, "rollup", "run", "--loop");
        loop.await("bucket(s) recomputed");
        ProcessHandle server = postmaster().orElseThrow();

        console.close(); // the starter leaves: the loop still uses the server, so it keeps running
        assertThat(server.isAlive())
                .as("the server outlives the process that started it")
                .isTrue();

        server.destroyForcibly(); // killed: the loop must bring it back itself
        server.onExit().get(30, TimeUnit.SECONDS);
        String lost = loop.await("Lost the database");
        // The first attempt may meet the killed server's last backends and fail; it says so and tries again.
        if (!lost.contains("started it again")) {
            lost = loop.await("started it again");
        }
        assertThat(lost).startsWith("plantdesk: ").contains("Plantdesk started it again on port " + port + ".");
        loop.await("The database is back; rollups run again.");
        assertThat(loop.process.isAlive()).isTrue();
        assertThat(loop.output()).doesNotContain("Exception").doesNotContain("\tat ");

        ProcessHandle again = postmaster().orElseThrow();
        loop.process.destroy(); // Ctrl-C / SIGTERM: the last one out stops the server
        loop.process.waitFor(60, TimeUnit.SECONDS);
        again.onExit().get(60, TimeUnit.SECONDS);
    }

    @Test
    void aFailedStartIsASentenceWithoutTheLibrarysStackTrace() throws Exception {
        int port = freePort();
        Command setUp = new Command(port, "info", "--server");
        assertThat(setUp.finish()).as(setUp.output()).isZero();
        // A damaged control file: the folder looks like a data folder of this version, but the server refuses it.
        Path control = paths().embeddedDataDir().resolve("global/pg_control");
        byte[] noise = new byte[8192];
        new java.util.Random(13).nextBytes(noise);
        Files.write(control, noise, StandardOpenOption.WRITE);

        Command info = new Command(port, "info", "--server");
        assertThat(info.finish()).isEqualTo(3);
        assertThat(info.output())
                .contains("plantdesk: The embedded database folder is damaged.")
                .doesNotContain("Could not stop postmaster")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(Files.readString(paths().appLog()))
                .as("the details stay in the private log")
                .isNotBlank();
    }
}
