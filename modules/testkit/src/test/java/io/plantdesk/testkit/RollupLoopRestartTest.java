package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.embedded.EmbeddedServer;
import io.plantdesk.platform.rollup.HeadlessRollups;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rollup run --loop} keeps running through a database restart, says so, and backs off (issue 13). */
class RollupLoopRestartTest {

    @TempDir
    Path home;

    private EmbeddedServer start(int port) {
        return EmbeddedServer.start(
                home.resolve("pgdata"), home.resolve("pgbin"), home.resolve("logs/postgres.log"), port);
    }

    @Test
    void theLoopSurvivesARestartOfTheDatabase() throws Exception {
        int port = TestCluster.freePort();
        EmbeddedServer server = start(port);
        server.ensureDatabase("plantdesk");
        Migrator.migrate(server.adminDataSource("plantdesk"));
        HeadlessRollups rollups = new HeadlessRollups(server.adminDataSource("plantdesk"));
        List<String> notices = new CopyOnWriteArrayList<>();
        AtomicInteger passes = new AtomicInteger();
        List<Duration> waits = new CopyOnWriteArrayList<>();
        Thread loop = Thread.ofPlatform().start(() -> {
            try {
                rollups.loop(null, r -> {}, notices::add, d -> {
                    waits.add(d);
                    passes.incrementAndGet();
                    Thread.sleep(200); // the interval itself is not under test
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            waitFor(() -> passes.get() >= 1);
            server.close();
            waitFor(() -> notices.stream().anyMatch(n -> n.startsWith("Lost the database")));
            waitFor(() -> notices.stream()
                            .filter(n -> n.startsWith("Lost the database"))
                            .count()
                    >= 2);
            server = start(port);
            waitFor(() -> notices.stream().anyMatch(n -> n.contains("is back")));
            assertThat(loop.isAlive()).isTrue();
            assertThat(notices.getFirst()).contains("trying again in");
        } finally {
            loop.interrupt();
            loop.join(10_000);
            server.close();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(100);
        }
    }
}
