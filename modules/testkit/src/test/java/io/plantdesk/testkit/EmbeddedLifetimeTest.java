package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server's lifetime across Plantdesk processes (issue 13, bad files 3): it runs while
 * any process uses it, whoever started it, and the last one out stops it. Real processes: each
 * holds a shared OS lock on the users file, which the OS drops when a process dies.
 */
class EmbeddedLifetimeTest {

    @TempDir
    Path root;

    private final java.util.List<Process> started = new java.util.ArrayList<>();

    @AfterEach
    void endProcesses() {
        started.forEach(Process::destroyForcibly);
        postmaster().ifPresent(ProcessHandle::destroyForcibly);
    }

    private Path home() {
        return root.resolve("data");
    }

    /** One Plantdesk process using the server, driven through its stdin and read from its stdout. */
    private final class User {
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        User(int port) throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            process = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            StartEmbeddedMain.class.getName(),
                            home().toString(),
                            String.valueOf(port))
                    .redirectErrorStream(true)
                    .start();
            started.add(process);
            Thread.ofVirtual()
                    .start(() -> new BufferedReader(
                                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                            .lines()
                            .forEach(lines::add));
        }

        String next(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            StringBuilder seen = new StringBuilder();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line.substring(prefix.length());
                }
                if (line != null) {
                    seen.append(line).append('\n');
                }
            }
            throw new AssertionError("no " + prefix + " line; output: " + seen);
        }

        String query() throws Exception {
            OutputStream in = process.getOutputStream();
            in.write("query\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            return next("QUERY ");
        }

        void leave() throws Exception {
            process.getOutputStream().close();
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("the process ended")
                    .isTrue();
        }
    }

    private java.util.Optional<ProcessHandle> postmaster() {
        try {
            long pid = Long.parseLong(Files.readAllLines(home().resolve("pgdata/postmaster.pid"))
                    .getFirst()
                    .trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }

    private static void awaitExit(ProcessHandle p) throws Exception {
        p.onExit().get(60, TimeUnit.SECONDS);
    }

    @Test
    void theStarterLeavingKeepsTheServerForTheOthersAndTheLastOneOutStopsIt() throws Exception {
        int port = TestCluster.freePort();
        User starter = new User(port);
        assertThat(starter.next("RESULT ")).isEqualTo("started " + port + " true");
        User attached = new User(port);
        assertThat(attached.next("RESULT ")).isEqualTo("attached " + port + " true");
        ProcessHandle server = postmaster().orElseThrow();

        starter.leave();
        assertThat(server.isAlive())
                .as("the server outlives the process that started it")
                .isTrue();
        assertThat(attached.query()).isEqualTo("true");

        User third = new User(port);
        assertThat(third.next("RESULT ")).as("a newcomer uses the same server").isEqualTo("attached " + port + " true");
        third.leave();
        assertThat(server.isAlive()).isTrue();
        assertThat(attached.query()).isEqualTo("true");

        attached.leave();
        awaitExit(server); // the last one out stopped it
        assertThat(Files.exists(home().resolve("pgdata/postmaster.pid")))
                .as("a clean stop")
                .isFalse();
    }

    @Test
    void aKilledStarterLeavesTheServerToTheOthersAndTheServerStillStopsWithTheLastOne() throws Exception {
        int port = TestCluster.freePort();
        User starter = new User(port);
        assertThat(starter.next("RESULT ")).startsWith("started");
        User attached = new User(port);
        assertThat(attached.next("RESULT ")).startsWith("attached");
        ProcessHandle server = postmaster().orElseThrow();

        starter.process.destroyForcibly(); // no exit hook runs: only the OS drops its lock
        starter.process.waitFor();
        assertThat(server.isAlive()).isTrue();
        assertThat(attached.query()).isEqualTo("true");

        User next = new User(port);
        assertThat(next.next("RESULT "))
                .as("not taken for a crashed Plantdesk's server")
                .startsWith("attached");
        assertThat(postmaster()).contains(server);
        next.leave();
        attached.leave();
        awaitExit(server);
    }
}
