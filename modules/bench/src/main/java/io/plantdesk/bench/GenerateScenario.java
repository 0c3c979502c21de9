package io.plantdesk.bench;

import io.plantdesk.platform.admin.AdminService;
import io.plantdesk.platform.bench.BenchArgs;
import io.plantdesk.platform.bench.BenchScenario;
import io.plantdesk.platform.bench.ScaleGenerator;
import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.embedded.EmbeddedServer;
import io.plantdesk.platform.ids.Ids;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A plant at scale from every feature's generator (or those named by {@code --generators a,b}),
 * on a fresh embedded database left in {@code --dir} for later {@code --reuse} runs.
 */
public final class GenerateScenario implements BenchScenario {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String description() {
        return "a plant at scale from the features' generators [--generators a,b --rows N --days D --dir DIR]";
    }

    @Override
    public void run(BenchArgs a) throws Exception {
        List<ScaleGenerator> all = Bench.generators();
        String wanted = a.string("--generators", null);
        List<ScaleGenerator> chosen = wanted == null
                ? all
                : all.stream()
                        .filter(g -> Set.of(wanted.split(",")).contains(g.name()))
                        .toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("No generator called " + wanted + "; there are: "
                    + all.stream().map(ScaleGenerator::name).toList());
        }
        long rows = a.number("--rows", 1_000_000);
        int days = (int) a.number("--days", 730);
        Path home =
                Files.createTempDirectory(Path.of(a.string("--dir", System.getProperty("java.io.tmpdir"))), "pd-bench");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (EmbeddedServer server = EmbeddedServer.start(
                home.resolve("pgdata"), home.resolve("pgbin"), home.resolve("postgres.log"), port)) {
            server.ensureDatabase("bench");
            DataSource admin = server.adminDataSource("bench");
            Migrator.migrate(admin);
            UUID plant = new AdminService(admin, new Ids(Clock.systemUTC())).ensureTenant("Bench plant", "bench");
            long seed = 1;
            for (ScaleGenerator g : chosen) {
                long t0 = System.nanoTime();
                g.generate(admin, plant, rows, days, seed++);
                System.err.printf(
                        "%s: %,d rows over %d days in %.0f s%n", g.name(), rows, days, (System.nanoTime() - t0) / 1e9);
            }
        }
        System.out.println("Data in " + home + " (measure it with --reuse " + home + ")");
    }
}
