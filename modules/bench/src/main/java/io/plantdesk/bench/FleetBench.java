package io.plantdesk.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.plantdesk.fleet.EventKind;
import io.plantdesk.fleet.EventService;
import io.plantdesk.fleet.FiguresService;
import io.plantdesk.fleet.FleetService;
import io.plantdesk.fleet.VehicleOverview;
import io.plantdesk.platform.admin.AdminService;
import io.plantdesk.platform.bench.BenchArgs;
import io.plantdesk.platform.bench.BenchMigrations;
import io.plantdesk.platform.bench.BenchScenario;
import io.plantdesk.platform.bench.Stats;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.Pools;
import io.plantdesk.platform.db.SslMode;
import io.plantdesk.platform.embedded.EmbeddedServer;
import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.NewPerson;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The fleet screen's reads at scale, as a planner's own login under RLS through the app's pool
 * (issue 17's figures: the fleet overview at most 20 ms p95 from the rollups, a vehicle's timeline
 * first page at most 50 ms p95): a plant with N events across V vehicles (and a second plant with
 * a tenth, for RLS to filter out), the rollups caught up by the engine, then the overview, the
 * first timeline page of random vehicles, and the charts' reads.
 * {@code modules/bench/run --scenario fleet --rows 10000000 --vehicles 2000}.
 */
public final class FleetBench implements BenchScenario {

    @Override
    public String name() {
        return "fleet";
    }

    @Override
    public String description() {
        return "fleet overview, timeline first page and chart reads under RLS [--rows N --vehicles V --months M "
                + "--samples S --dir DIR | --reuse DIR; --no-rollups --out FILE --explain]";
    }

    @Override
    public void run(BenchArgs a) throws Exception {
        long rows = a.number("--rows", 10_000_000);
        long vehicles = a.number("--vehicles", 2_000);
        int months = (int) a.number("--months", 48);
        int samples = (int) a.number("--samples", 100);
        Path out = a.path("--out", "modules/bench/target/bench-fleet.json");
        Path reuse = a.path("--reuse", null);
        Path home = reuse != null
                ? reuse
                : Files.createTempDirectory(
                        Path.of(a.string("--dir", System.getProperty("java.io.tmpdir"))), "pd-bench");
        System.err.println("Data in " + home + (reuse != null ? " (reused)" : " (--reuse it to measure again)"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<Stats> stats = new ArrayList<>();
        try (EmbeddedServer server = EmbeddedServer.start(
                home.resolve("pgdata"), home.resolve("pgbin"), home.resolve("postgres.log"), port)) {
            server.ensureDatabase("bench");
            DataSource admin = server.adminDataSource("bench");
            BenchMigrations.migrate(admin);
            tune(admin);
            String password = UUID.randomUUID().toString();
            if (reuse != null) {
                // A fresh password each run: the earlier run's went with its JVM.
                Database.jdbiFor(admin)
                        .useHandle(h -> h.execute("alter role bench_planner password '" + password + "'"));
            } else {
                AdminService people = new AdminService(admin, new Ids(Clock.systemUTC()));
                UUID plant = people.ensureTenant("Bench plant", "bench");
                people.createPerson(
                        plant,
                        new NewPerson("Bench Planner", null, AppRole.PLANNER, "bench_planner", password.toCharArray()));
                UUID other = people.ensureTenant("Other plant", "other");
                long t0 = System.nanoTime();
                new FleetEventGenerator()
                        .generate(
                                admin,
                                List.of(
                                        new FleetEventGenerator.Plant(plant, vehicles, rows, 1),
                                        new FleetEventGenerator.Plant(
                                                other, Math.max(1, vehicles / 10), Math.max(1000, rows / 10), 2)),
                                months);
                double generated = (System.nanoTime() - t0) / 1e9;
                System.err.printf(
                        Locale.ROOT,
                        "Generated %,d events in %.0f s (%,.0f a second)%n",
                        rows + Math.max(1000, rows / 10),
                        generated,
                        (rows + Math.max(1000, rows / 10)) / generated);
                if (a.has("--no-rollups")) {
                    // The overview and the timeline do not read the rollups; the charts do and are then left out.
                    System.err.println("Rollups left to the engine (--no-rollups): the charts are not measured");
                } else {
                    long t1 = System.nanoTime();
                    catchUp(admin, plant);
                    System.err.printf(Locale.ROOT, "Rollups caught up in %.0f s%n", (System.nanoTime() - t1) / 1e9);
                }
            }

            ConnectionProfile profile = new ConnectionProfile(
                    "bench", "localhost", server.port(), "bench", "", SslMode.DISABLE, Environment.DEV, false);
            try (HikariDataSource pool = Pools.open(profile, "bench_planner", password.toCharArray())) {
                Jdbi jdbi = Database.jdbiFor(pool);
                FleetService fleet = new FleetService(jdbi, Clock.systemUTC());
                EventService events = new EventService(jdbi, Clock.systemUTC());
                FiguresService figures = new FiguresService(jdbi);
                List<VehicleOverview> all = fleet.overview();
                if (all.size() != vehicles || fleet.totals().vehicles() != vehicles) {
                    throw new IllegalStateException("the overview shows " + all.size() + " vehicles, not " + vehicles);
                }
                SplittableRandom random = new SplittableRandom(17);
                if (a.has("--explain")) {
                    FleetExplain.print(
                            admin,
                            "bench_planner",
                            all.get(random.nextInt(all.size())).id());
                }
                // Each figure printed as soon as it is measured: a later read that fails keeps the earlier ones.
                // Exactly what the screen reads on opening and on each refresh: the totals above the
                // list (its zone with them) and the list's first page, one statement (V108).
                stats.add(measure("overview.screen", samples, () -> fleet.overviewScreen(FleetService.OVERVIEW_PAGE)));
                // The same as two statements, as the screen read them before V108.
                stats.add(measure("overview.two.reads", samples, () -> {
                    fleet.totals();
                    fleet.overviewPage(null, FleetService.OVERVIEW_PAGE);
                }));
                stats.add(measure(
                        "overview.next.page",
                        samples,
                        () -> fleet.overviewPage(
                                all.get(random.nextInt(all.size())).plate(), FleetService.OVERVIEW_PAGE)));
                // For comparison: the whole list at once, as the screen read it before it was paged.
                stats.add(measure("overview.all." + vehicles, samples, fleet::overview));
                stats.add(measure(
                        "timeline.first.page",
                        samples,
                        () -> events.timeline(
                                all.get(random.nextInt(all.size())).id(), null, Set.of(), false, 200)));
                stats.add(measure(
                        "timeline.first.page.fuel",
                        samples,
                        () -> events.timeline(
                                all.get(random.nextInt(all.size())).id(), null, Set.of(EventKind.FUEL), false, 200)));
                if (!a.has("--no-rollups")) {
                    charts(stats, figures, all, random, samples);
                }
            }
        }
        System.out.println();
        System.out.printf(
                Locale.ROOT, "%,d events across %,d vehicles (a planner's own login, under RLS)%n", rows, vehicles);
        System.out.printf(
                Locale.ROOT, "%-30s %8s %10s %10s %10s%n", "scenario", "samples", "p50 ms", "p95 ms", "max ms");
        for (Stats st : stats) {
            System.out.printf(
                    Locale.ROOT,
                    "%-30s %8d %10.2f %10.2f %10.2f%n",
                    st.scenario(),
                    st.samples(),
                    st.p50(),
                    st.p95(),
                    st.max());
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(
                out,
                "[\n  " + String.join(",\n  ", stats.stream().map(Stats::json).toList()) + "\n]\n");
        System.out.println("JSON written to " + out);
    }

    /** The charts' reads: a vehicle's 12 months, the whole plant's cost by category. */
    private static void charts(
            List<Stats> stats,
            FiguresService figures,
            List<VehicleOverview> all,
            SplittableRandom random,
            int samples) {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        stats.add(measure("chart.vehicle.12m", samples, () -> {
            UUID v = all.get(random.nextInt(all.size())).id();
            figures.costs(FiguresService.Scope.ofVehicle(v), now.minusMonths(11), now, ZoneOffset.UTC);
            figures.usage(FiguresService.Scope.ofVehicle(v), now.minusMonths(11), now, ZoneOffset.UTC);
        }));
        // A few warm-up reads only: before its rollup by category this read took seconds.
        stats.add(measure(
                "chart.cost.plant.12m",
                Math.min(samples, 20),
                3,
                () -> figures.costs(FiguresService.Scope.plant(), now.minusMonths(11), now, ZoneOffset.UTC)));
    }

    /**
     * The engine's own run, on the installer's connection for the set-up only: a person's login
     * carries a statement timeout meant for screens, not for four years of history at once.
     */
    private static void catchUp(DataSource admin, UUID plant) {
        Jdbi jdbi = Database.jdbiFor(admin);
        for (String job : List.of("fleet_monthly", "fleet_daily")) {
            int remaining;
            do {
                remaining = jdbi.withHandle(
                        h -> h.createQuery("select coalesce(remaining, 0) from core.run_rollup_for(:t, :j, :n)")
                                .bind("t", plant)
                                .bind("j", job)
                                .bind("n", job.equals("fleet_monthly") ? 3 : 62)
                                .mapTo(Integer.class)
                                .one());
                System.err.printf("  %s: %d buckets to go%n", job, remaining);
            } while (remaining > 0);
        }
        jdbi.useHandle(h -> h.execute("vacuum analyze fleet.cost_month, fleet.usage_month, fleet.cost_day"));
    }

    /** A checkpoint every gigabyte of WAL would write most of the load twice. */
    private static void tune(DataSource admin) {
        Jdbi jdbi = Database.jdbiFor(admin);
        jdbi.useHandle(h -> h.execute("alter system set max_wal_size = '8GB'"));
        jdbi.useHandle(h -> h.execute("alter system set checkpoint_timeout = '30min'"));
        jdbi.useHandle(h -> h.execute("select pg_reload_conf()"));
    }

    private static Stats measure(String name, int samples, Runnable work) {
        return measure(name, samples, Math.min(40, samples), work);
    }

    private static Stats measure(String name, int samples, int warmUp, Runnable work) {
        // Warm-up: every pooled connection's plans cached (plpgsql keeps them per session), pages in memory.
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        double[] ms = new double[samples];
        for (int i = 0; i < samples; i++) {
            long s = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Stats st = Stats.of(name, ms);
        System.out.printf(
                Locale.ROOT,
                "%-30s %8d %10.2f %10.2f %10.2f%n",
                st.scenario(),
                st.samples(),
                st.p50(),
                st.p95(),
                st.max());
        return st;
    }
}
