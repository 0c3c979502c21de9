package io.plantdesk.activity.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.plantdesk.activity.ActivityService;
import io.plantdesk.activity.ActivitySummary;
import io.plantdesk.platform.admin.AdminService;
import io.plantdesk.platform.bench.BenchArgs;
import io.plantdesk.platform.bench.BenchScenario;
import io.plantdesk.platform.bench.Stats;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.db.Pools;
import io.plantdesk.platform.db.SslMode;
import io.plantdesk.platform.embedded.EmbeddedServer;
import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.NewPerson;
import io.plantdesk.platform.rollup.RollupRunner;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The benchmark harness of the rollup engine (issue "Scheduled metric rollups"):
 * <ol>
 *   <li>a plant with N audit rows over D days (COPY), rolled up;</li>
 *   <li>"activity.dashboard": the Activity dashboard's refresh (30 days) from rollups, as the plant's
 *       own admin login under RLS; "activity.live": the same figures from raw rows;</li>
 *   <li>"activity.increment": 10,000 late rows for one closed day, then the rollup run that absorbs them;</li>
 *   <li>then the history doubles (another N rows over the D days before: same density, 2N rows)
 *       and everything is measured again.</li>
 * </ol>
 * With {@code --reuse DIR}, measures again on the data an earlier run left behind ({@code --vacuum}:
 * after a VACUUM ANALYZE of the audit log, as autovacuum would have run in a plant).
 * Prints a table and writes JSON. Run in a JVM of its own:
 * {@code modules/bench/run --scenario activity --rows 15000000}.
 */
public final class ActivityBench implements BenchScenario {

    private static final int DASHBOARD_DAYS = 30;
    private static final Duration WARM_UP = Duration.ofSeconds(2);

    @Override
    public String name() {
        return "activity";
    }

    @Override
    public String description() {
        return "the Activity dashboard from rollups vs raw rows, and a rollup increment [--rows N --days D --increment K "
                + "--samples S --dir DIR --out FILE | --reuse DIR --label L --vacuum]";
    }

    @Override
    public void run(BenchArgs a) throws Exception {
        if (a.string("--reuse", null) != null) {
            reuse(
                    a.path("--reuse", null),
                    a.string("--label", "reuse"),
                    (int) a.number("--late-day", 60),
                    (int) a.number("--increment", 10_000),
                    (int) a.number("--samples", 60),
                    a.path("--out", "modules/bench/target/bench-reuse.json"),
                    a.has("--vacuum"));
            return;
        }
        long rows = a.number("--rows", 1_000_000);
        int days = (int) a.number("--days", 730);
        int increment = (int) a.number("--increment", 10_000);
        int samples = (int) a.number("--samples", 60);
        Path out = a.path("--out", "modules/bench/target/bench-results.json");
        Path home =
                Files.createTempDirectory(Path.of(a.string("--dir", System.getProperty("java.io.tmpdir"))), "pd-bench");
        System.err.printf(
                "Bench: %,d audit rows over %d days, increment %,d, data in %s%n", rows, days, increment, home);

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> results = new ArrayList<>();
        try (EmbeddedServer server = EmbeddedServer.start(
                home.resolve("pgdata"), home.resolve("pgbin"), home.resolve("postgres.log"), port)) {
            server.ensureDatabase("bench");
            DataSource admin = server.adminDataSource("bench");
            Migrator.migrate(admin);
            tune(admin);
            Ids ids = new Ids(Clock.systemUTC());
            AdminService adminService = new AdminService(admin, ids);
            UUID plant = adminService.ensureTenant("Bench plant", "bench");
            String password = UUID.randomUUID().toString();
            adminService.createPerson(
                    plant, new NewPerson("Bench Admin", null, AppRole.ADMIN, "bench_admin", password.toCharArray()));
            // A second plant, so that row-level security has something to filter out.
            UUID other = adminService.ensureTenant("Other plant", "other");
            exec(admin, "select core.ensure_month_partitions('core.audit_log', " + (days * 2 / 30 + 2) + ", 3)");

            AuditLogGenerator gen = new AuditLogGenerator(admin, plant, 60);
            long t0 = System.nanoTime();
            gen.history(rows, days, 0, 1);
            gen.copy(
                    rows / days * secondsSoFarToday() / 86_400,
                    Instant.now().truncatedTo(ChronoUnit.DAYS),
                    Instant.now(),
                    2);
            new AuditLogGenerator(admin, other, 5).history(rows / 100, days, 0, 3);
            System.err.printf("Generated in %.0f s%n", (System.nanoTime() - t0) / 1e9);

            // Exactly what the console does: the person's own login through the app's pool.
            ConnectionProfile profile = new ConnectionProfile(
                    "bench", "localhost", server.port(), "bench", "", SslMode.DISABLE, Environment.DEV, false);
            HikariDataSource pool = Pools.open(profile, "bench_admin", password.toCharArray());
            Jdbi tenantJdbi = Database.jdbiFor(pool);

            results.addAll(round("N", rows, admin, tenantJdbi, gen, increment, samples, 35));

            System.err.printf("Doubling the history to %,d rows...%n", rows * 2);
            gen.history(rows, days, days, 4);
            results.addAll(round("2N", rows * 2, admin, tenantJdbi, gen, increment, samples, 45));
        }
        String json = "[\n  " + String.join(",\n  ", results) + "\n]\n";
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json);
        System.out.println("JSON written to " + out);
    }

    /**
     * Measures again on a database an earlier run left behind (its data folder), without
     * generating: for re-measuring after a change to the read path.
     */
    private static void reuse(
            Path home, String label, int lateDay, int increment, int samples, Path out, boolean vacuum)
            throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (EmbeddedServer server = EmbeddedServer.start(
                home.resolve("pgdata"), home.resolve("pgbin"), home.resolve("postgres.log"), port)) {
            DataSource admin = server.adminDataSource("bench");
            Migrator.migrate(admin);
            if (vacuum) {
                // What autovacuum does in a plant that writes its audit log all day; a bench that
                // measures right after a bulk COPY reads pages whose visibility nobody checked yet.
                long t0 = System.nanoTime();
                exec(admin, "vacuum (analyze) core.audit_log");
                System.err.printf("Vacuumed and analysed core.audit_log in %.0f s%n", (System.nanoTime() - t0) / 1e9);
            }
            AdminService adminService = new AdminService(admin, new Ids(Clock.systemUTC()));
            UUID plant = adminService.findTenant("bench").orElseThrow();
            String password = UUID.randomUUID().toString();
            adminService.setPassword("bench_admin", password.toCharArray());
            long base = Database.jdbiFor(admin)
                    .withHandle(h -> h.createQuery("select count(*) from core.audit_log where tenant_id = :t")
                            .bind("t", plant)
                            .mapTo(Long.class)
                            .one());
            ConnectionProfile profile = new ConnectionProfile(
                    "bench", "localhost", port, "bench", "", SslMode.DISABLE, Environment.DEV, false);
            try (HikariDataSource pool = Pools.open(profile, "bench_admin", password.toCharArray())) {
                List<String> results = round(
                        label,
                        base,
                        admin,
                        Database.jdbiFor(pool),
                        new AuditLogGenerator(admin, plant, 60),
                        increment,
                        samples,
                        lateDay);
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, "[\n  " + String.join(",\n  ", results) + "\n]\n");
                System.out.println("JSON written to " + out);
            }
        }
    }

    /** One measurement round at the current base size. */
    private static List<String> round(
            String label,
            long base,
            DataSource admin,
            Jdbi tenant,
            AuditLogGenerator gen,
            int increment,
            int samples,
            int firstLateDay)
            throws Exception {
        exec(admin, "vacuum analyze core.audit_log");
        long t0 = System.nanoTime();
        RollupRunner.Outcome caught = new RollupRunner(tenant).catchUp("activity", p -> {}, () -> false);
        System.err.printf(
                "[%s] initial catch-up: %d buckets, %,d rows read in %.1f s%n",
                label, caught.buckets(), caught.rowsRead(), (System.nanoTime() - t0) / 1e9);
        // Today's closed hours, as every client's scheduler keeps them (older hours are only cleared).
        RollupRunner.Outcome hours = new RollupRunner(tenant).catchUp("activity_hourly", p -> {}, () -> false);
        System.err.printf(
                "[%s] hourly catch-up: %d buckets, %,d rows read%n", label, hours.buckets(), hours.rowsRead());
        exec(admin, "vacuum analyze core.activity_daily");
        exec(admin, "vacuum analyze core.activity_hourly");
        // The catch-up deleted thousands of invalidations; autovacuum would clean them up soon after.
        exec(admin, "vacuum analyze core.rollup_invalidation");

        ActivityService service = new ActivityService(tenant, Clock.systemUTC());
        OffsetDateTime to =
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).plusDays(1);
        OffsetDateTime from = to.minusDays(DASHBOARD_DAYS);
        ActivitySummary check = service.summary(from, to);
        if (!check.equals(service.summaryFromRaw(from, to))) {
            throw new IllegalStateException("the rollup and the raw rows disagree: the benchmark would be meaningless");
        }
        Stats dash = measure("activity.dashboard[" + label + "]", samples, () -> service.summary(from, to));
        Stats live = measure(
                "activity.live[" + label + "]", Math.max(5, samples / 6), () -> service.summaryFromRaw(from, to));

        // Each increment: late rows for one closed day outside the dashboard's window, a day of its
        // own, so every run recomputes a bucket of the plant's usual density (N and 2N alike).
        double[] inc = new double[7];
        for (int i = 0; i < inc.length; i++) {
            Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(firstLateDay + i, ChronoUnit.DAYS);
            gen.copy(increment, day, day.plus(1, ChronoUnit.DAYS), 100 + firstLateDay + i);
            long s = System.nanoTime();
            new RollupRunner(tenant).catchUp("activity", p -> {}, () -> false);
            inc[i] = (System.nanoTime() - s) / 1e6;
        }
        Stats increments = Stats.of("activity.increment[" + label + "]", inc);

        System.out.println();
        System.out.printf(Locale.ROOT, "Base %s = %,d audit rows (plant's own admin login, under RLS)%n", label, base);
        System.out.printf(
                Locale.ROOT, "%-34s %8s %10s %10s %10s%n", "scenario", "samples", "p50 ms", "p95 ms", "max ms");
        for (Stats st : List.of(dash, live, increments)) {
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %8d %10.2f %10.2f %10.2f%n",
                    st.scenario(),
                    st.samples(),
                    st.p50(),
                    st.p95(),
                    st.max());
        }
        System.out.printf(
                Locale.ROOT,
                "%-34s %8s %10.0fx %10.0fx%n",
                "live / rollup",
                "",
                live.p50() / dash.p50(),
                live.p95() / dash.p95());
        String ratio = String.format(
                Locale.ROOT,
                "{\"scenario\":\"ratio.live_over_rollup[%s]\",\"p50\":%.1f,\"p95\":%.1f,\"base_rows\":%d}",
                label,
                live.p50() / dash.p50(),
                live.p95() / dash.p95(),
                base);
        return List.of(dash.json(), live.json(), increments.json(), ratio);
    }

    /**
     * Steady state, as a client that has been polling for a while sees it: unmeasured runs first,
     * for at least two seconds and three runs, so that the JIT compiler is not competing with the
     * database for this machine's two cores while we measure (the same for every scenario).
     */
    private static Stats measure(String name, int samples, Runnable work) {
        long warmUntil = System.nanoTime() + WARM_UP.toNanos();
        for (int i = 0; i < 3 || System.nanoTime() < warmUntil; i++) {
            work.run();
        }
        double[] ms = new double[samples];
        for (int i = 0; i < samples; i++) {
            long s = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        return Stats.of(name, ms);
    }

    /**
     * A desktop-class server configuration for the size of this machine (24 GiB, 2 cores), for what a
     * reload applies. Shared buffers stay at the embedded server's 128 MB (changing them needs a
     * restart), as every figure in the README was measured with.
     */
    private static void tune(DataSource admin) throws SQLException {
        exec(admin, "alter system set work_mem = '64MB'");
        exec(admin, "alter system set maintenance_work_mem = '1GB'");
        exec(admin, "alter system set max_wal_size = '8GB'");
        exec(admin, "alter system set effective_cache_size = '12GB'");
        exec(admin, "select pg_reload_conf()");
    }

    private static long secondsSoFarToday() {
        return Instant.now().getEpochSecond() % 86_400;
    }

    private static void exec(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
