package io.plantdesk.bench;

import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.service.DemoEnvironments;
import io.plantdesk.migrations.service.EnvironmentHistory;
import io.plantdesk.migrations.service.MigrationProgress;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.ScratchServer;
import io.plantdesk.platform.bench.Stats;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.embedded.EmbeddedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The migration tracker's own costs on the demo's three environments (a private embedded server):
 * reading the grid, a drift report the first time (scratch migration included) and again, and a
 * rollback of the last three migrations followed by migrating them again.
 */
final class TrackerBench {

    private TrackerBench() {}

    static void run(int samples, Path out) throws IOException {
        Path root = Files.createTempDirectory("pd-tracker-bench");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (EmbeddedServer server = EmbeddedServer.start(
                root.resolve("pgdata"), root.resolve("pgbin"), root.resolve("postgres.log"), port)) {
            server.ensureDatabase("plantdesk");
            Migrator.migrate(server.adminDataSource("plantdesk"));
            List<ConnectionProfile> envs = DemoEnvironments.ensure(server);
            ConnectionProfile dev = envs.getFirst();
            Supplier<MigrationService> fresh = () -> new MigrationService(
                    ScriptSet.plantdesk(),
                    envs,
                    env -> server.adminDataSource(env.database()),
                    ScratchServer.embedded(() -> server));
            MigrationService svc = fresh.get();
            svc.drift(dev); // warm-up: class loading, JIT, the scratch cache of this service

            List<Stats> stats = new ArrayList<>();
            stats.add(
                    measure("tracker.grid (3 environments)", samples, () -> envs.forEach(e -> check(svc.history(e)))));
            stats.add(measure("tracker.drift (cached scratch)", samples, () -> svc.drift(dev)));
            stats.add(measure(
                    "tracker.drift (first, scratch migrate)",
                    Math.max(5, samples / 10),
                    () -> fresh.get().drift(dev)));
            String last = Migrator.shippedVersion();
            stats.add(measure("tracker.rollback 3 + migrate 3", Math.max(5, samples / 10), () -> {
                svc.rollback(dev, 3, null, MigrationProgress.NONE);
                svc.migrate(dev, last, null, MigrationProgress.NONE);
            }));

            System.out.printf(
                    Locale.ROOT, "%-40s %8s %10s %10s %10s%n", "scenario", "samples", "p50 ms", "p95 ms", "max ms");
            for (Stats st : stats) {
                System.out.printf(
                        Locale.ROOT,
                        "%-40s %8d %10.2f %10.2f %10.2f%n",
                        st.scenario(),
                        st.samples(),
                        st.p50(),
                        st.p95(),
                        st.max());
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(
                    out, String.join("\n", stats.stream().map(Stats::json).toList()) + "\n");
        }
    }

    private static void check(EnvironmentHistory h) {
        if (!h.readable()) {
            throw new IllegalStateException("Could not read " + h.environment().name(), h.problem());
        }
    }

    private static Stats measure(String scenario, int samples, Runnable work) {
        double[] ms = new double[samples];
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return Stats.of(scenario, ms);
    }
}
