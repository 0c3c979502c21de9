package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.config.PrivateFiles;
import io.plantdesk.platform.embedded.EmbeddedServer;
import io.plantdesk.platform.embedded.EmbeddedServerException;
import io.plantdesk.platform.embedded.EmbeddedServerException.Reason;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another account on the same computer, and a bad day on it (issue 13): private folders, binaries
 * verified against the bundle before they run, no start from a folder others can write, two
 * starts at once, and a stale postmaster.pid whose number belongs to another program.
 */
class EmbeddedHardeningTest {

    @TempDir
    Path root;

    private Path home() {
        return root.resolve("data");
    }

    private EmbeddedServer start(int port) {
        Path h = home();
        return EmbeddedServer.start(h.resolve("pgdata"), h.resolve("pgbin"), h.resolve("logs/postgres.log"), port);
    }

    private static int mode(Path p) {
        return PrivateFiles.mode(p).orElseThrow();
    }

    private Path binaryTree() throws Exception {
        try (Stream<Path> s = Files.list(home().resolve("pgbin"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("PG-") && Files.isDirectory(p))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void everyFolderPlantdeskMakesIsPrivateAndSoIsTheServerLog() throws Exception {
        try (EmbeddedServer s = start(TestCluster.freePort())) {
            s.ensureDatabase("x");
        }
        for (Path dir : List.of(
                home(),
                home().resolve("pgbin"),
                home().resolve("pgdata"),
                home().resolve("logs"),
                home().resolve("run"),
                binaryTree())) {
            assertThat(mode(dir) & 077).as("%s is %o", dir, mode(dir)).isZero();
        }
        List<String> writableByOthers = new ArrayList<>();
        try (Stream<Path> all = Files.walk(home().resolve("pgbin"))) {
            all.filter(p -> !Files.isSymbolicLink(p) && (mode(p) & 022) != 0)
                    .forEach(p -> writableByOthers.add(p.toString()));
        }
        assertThat(writableByOthers).isEmpty();
        assertThat(mode(home().resolve("logs/postgres.log")) & 077).isZero();
    }

    @Test
    void aProgramChangedAfterUnpackingIsNeverRunAndIsPutAside() throws Exception {
        int port = TestCluster.freePort();
        try (EmbeddedServer s = start(port)) {
            s.ensureDatabase("x");
        }
        Path pgCtl = binaryTree().resolve("bin/pg_ctl");
        byte[] genuine = Files.readAllBytes(pgCtl);
        Path marker = root.resolve("planted-ran");
        Path real = root.resolve("real_pg_ctl");
        Files.copy(pgCtl, real);
        Files.writeString(pgCtl, "#!/bin/sh\ntouch '" + marker + "'\nexec '" + real + "' \"$@\"\n");
        try (EmbeddedServer s = start(port);
                Connection c = s.adminDataSource("x").getConnection()) {
            assertThat(c.isValid(2)).isTrue();
        }
        assertThat(marker).as("the planted pg_ctl ran").doesNotExist();
        assertThat(Files.readAllBytes(binaryTree().resolve("bin/pg_ctl"))).isEqualTo(genuine);
        try (Stream<Path> s = Files.list(home().resolve("pgbin"))) {
            assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("quarantine-"));
        }
        assertThat(Files.readString(home().resolve("logs/postgres.log")))
                .contains("had been changed (bin/pg_ctl was changed)");
    }

    @Test
    void aFolderOtherAccountsCanWriteIsRefused() throws Exception {
        Files.createDirectories(root);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> start(TestCluster.freePort()))
                .isInstanceOf(EmbeddedServerException.class)
                .satisfies(
                        e -> assertThat(((EmbeddedServerException) e).reason()).isEqualTo(Reason.UNSAFE_FOLDER))
                .hasMessageContaining(root.toString())
                .hasMessageContaining("other accounts");
        assertThat(home())
                .as("nothing is created under a refused folder, logs included")
                .doesNotExist();
    }

    @Test
    void twoProcessesStartingAtOnceShareOneServer() throws Exception {
        int port = TestCluster.freePort();
        Process a = launch(port);
        Process b = launch(port);
        try {
            var ra = CompletableFuture.supplyAsync(() -> result(a));
            var rb = CompletableFuture.supplyAsync(() -> result(b));
            List<String> results = List.of(ra.get(), rb.get());
            assertThat(results).allMatch(r -> r.endsWith(" " + port + " true"), "both connected");
            assertThat(results).filteredOn(r -> r.startsWith("started")).hasSize(1);
            assertThat(results).filteredOn(r -> r.startsWith("attached")).hasSize(1);
        } finally {
            // the attached one first, then the owner (which stops the server)
            for (Process p : List.of(a, b)) {
                p.getOutputStream().close();
            }
            a.waitFor();
            b.waitFor();
        }
    }

    private Process launch(int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        StartEmbeddedMain.class.getName(),
                        home().toString(),
                        String.valueOf(port))
                .redirectErrorStream(true)
                .start();
    }

    private static String result(Process p) {
        // Not closed here: the rest of the output is drained in the background, so the child never blocks.
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            StringBuilder all = new StringBuilder();
            while ((line = r.readLine()) != null) {
                all.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    String result = line.substring("RESULT ".length());
                    Thread.ofVirtual().start(() -> r.lines().forEach(x -> {}));
                    return result;
                }
            }
            return "no result: " + all;
        } catch (Exception e) {
            return "error " + e;
        }
    }

    @Test
    void aStalePidFileNamingAnotherProgramDoesNotGetItSignalled() throws Exception {
        int port = TestCluster.freePort();
        try (EmbeddedServer s = start(port)) {
            s.ensureDatabase("x");
        }
        // Another program, whose name even contains "postgres", now has the number in the stale file.
        Path imposter = root.resolve("postgres-backup-agent");
        Files.copy(Path.of("/bin/sleep"), imposter);
        Files.setPosixFilePermissions(imposter, PosixFilePermissions.fromString("rwx------"));
        Process other = new ProcessBuilder(imposter.toString(), "120").start();
        try {
            Files.writeString(
                    home().resolve("pgdata/postmaster.pid"), other.pid() + "\n" + home().resolve("pgdata") + "\n");
            try (EmbeddedServer s = start(port);
                    Connection c = s.adminDataSource("x").getConnection()) {
                assertThat(c.isValid(2)).isTrue();
                assertThat(s.attached()).isFalse();
            }
            assertThat(other.isAlive()).as("the other program was signalled").isTrue();
        } finally {
            other.destroyForcibly();
        }
    }
}
