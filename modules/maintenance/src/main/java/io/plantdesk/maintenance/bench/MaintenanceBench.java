package io.plantdesk.maintenance.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.BacklogQuery;
import io.plantdesk.maintenance.BacklogSort;
import io.plantdesk.maintenance.KpiService;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.plan.PlannerService;
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
import io.plantdesk.platform.rollup.RollupRunner;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The maintenance screens' reads at scale, as a planner's own login under RLS through the app's
 * pool (issue 14's figures: backlog first page and any sort at most 50 ms p95, full-text search
 * at most 100 ms p95, KPI refresh at most 20 ms p95): a plant with N work orders on N/20 machines
 * (50,000 at a million) among three plants (the other two with a tenth and a twentieth of that,
 * for RLS to filter out), then every sort both ways, searches for a common word (about half the
 * rows), two words, a rare phrase and a common word over every status, and the KPI dashboard's
 * refresh from the rollup. The work orders are loaded with COPY and the per-row triggers off (the
 * audit trail included, in this set-up only; see {@link WorkOrderGenerator}).
 * {@code modules/bench/run --scenario maintenance --rows 1000000}. With {@code --reuse DIR} (the
 * {@code pd-bench...} folder an earlier run printed and left behind) it measures that data again
 * without generating, after applying any newer migration: re-measuring a read-path change at a
 * million then takes minutes, not the generation's quarter of an hour.
 */
public final class MaintenanceBench implements BenchScenario {

    @Override
    public String name() {
        return "maintenance";
    }

    @Override
    public String description() {
        return "backlog pages in every sort, full-text search and the KPI refresh under RLS [--rows N --days D --samples S "
                + "--dir DIR --out FILE | --reuse DIR]";
    }

    @Override
    public void run(BenchArgs a) throws Exception {
        long asked = a.number("--rows", 1_000_000);
        int days = (int) a.number("--days", 730);
        int samples = (int) a.number("--samples", 60);
        Path out = a.path("--out", "modules/bench/target/bench-maintenance.json");
        Path reuse = a.path("--reuse", null);
        Path home = reuse != null
                ? reuse
                : Files.createTempDirectory(
                        Path.of(a.string("--dir", System.getProperty("java.io.tmpdir"))), "pd-bench");
        System.err.println("Bench data folder (for --reuse): " + home.toAbsolutePath());
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<Stats> stats = new ArrayList<>();
        long rows;
        try (EmbeddedServer server = EmbeddedServer.start(
                home.resolve("pgdata"), home.resolve("pgbin"), home.resolve("postgres.log"), port)) {
            server.ensureDatabase("bench");
            DataSource admin = server.adminDataSource("bench");
            BenchMigrations.migrate(admin);
            AdminService people = new AdminService(admin, new Ids(Clock.systemUTC()));
            String password = UUID.randomUUID().toString();
            if (reuse == null) {
                generate(people, admin, password, asked, days);
            } else {
                people.setPassword("bench_planner", password.toCharArray()); // the first run's was never kept
                Database.jdbiFor(admin).useHandle(h -> h.execute("analyze maint.work_order"));
            }
            UUID plant = people.findTenant("bench").orElseThrow();
            rows = reuse == null
                    ? asked
                    : Database.jdbiFor(admin)
                            .withHandle(h -> h.createQuery("select count(*) from maint.work_order where tenant_id = :t")
                                    .bind("t", plant)
                                    .mapTo(Long.class)
                                    .one());

            ConnectionProfile profile = new ConnectionProfile(
                    "bench", "localhost", server.port(), "bench", "", SslMode.DISABLE, Environment.DEV, false);
            try (HikariDataSource pool = Pools.open(profile, "bench_planner", password.toCharArray())) {
                Jdbi jdbi = Database.jdbiFor(pool);
                new RollupRunner(jdbi).catchUp("maintenance_daily", p -> {}, () -> false);
                Database.jdbiFor(admin).useHandle(h -> {
                    h.execute("vacuum analyze maint.kpi_daily");
                    h.execute("vacuum analyze maint.kpi_plant_daily");
                    h.execute("vacuum analyze maint.backlog_count");
                });
                WorkOrderService orders = new WorkOrderService(jdbi, Clock.systemUTC());
                for (BacklogSort sort : BacklogSort.values()) {
                    for (boolean desc : new boolean[] {false, true}) {
                        BacklogQuery q = BacklogQuery.open().withSort(sort, desc);
                        stats.add(measure(
                                "backlog." + sort.name().toLowerCase(Locale.ROOT) + (desc ? ".desc" : ""),
                                samples,
                                () -> orders.backlog(q)));
                    }
                }
                stats.add(measure(
                        "backlog.all.number.desc",
                        samples,
                        () -> orders.backlog(BacklogQuery.open()
                                .withStatuses(EnumSet.allOf(WorkOrderStatus.class))
                                .withSort(BacklogSort.NUMBER, true))));
                stats.add(measure(
                        "search.common",
                        samples,
                        () -> orders.backlog(BacklogQuery.open().withText("needle"))));
                stats.add(measure(
                        "search.two.words",
                        samples,
                        () -> orders.backlog(BacklogQuery.open().withText("hose steam"))));
                stats.add(measure(
                        "search.rare",
                        samples,
                        () -> orders.backlog(BacklogQuery.open().withText("bearing looper clutch"))));
                stats.add(measure(
                        "search.phrase",
                        samples,
                        () -> orders.backlog(BacklogQuery.open().withText("\"spreader hose\""))));
                stats.add(measure(
                        "search.common.all.number",
                        samples,
                        () -> orders.backlog(BacklogQuery.open()
                                .withStatuses(EnumSet.allOf(WorkOrderStatus.class))
                                .withText("needle")
                                .withSort(BacklogSort.NUMBER, true))));
                KpiService kpis = new KpiService(jdbi);
                OffsetDateTime to = OffsetDateTime.now(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.DAYS)
                        .plusDays(1);
                PlannerService planner = new PlannerService(jdbi, Clock.systemUTC());
                LocalDate today = to.minusDays(1).toLocalDate();
                LocalDate monday = PlannerService.mondayOf(today);
                OffsetDateTime weeksTo = monday.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime();
                // What one load of the KPI screen reads (KpiViewModel): one statement for the period's
                // plant days, the counted backlog, the machines with most failures, schedule compliance
                // and the crew's capacity.
                stats.add(measure(
                        "kpi.refresh.30d",
                        samples,
                        () -> kpis.screen(to.minusDays(30), to, 20, weeksTo.minusWeeks(4), weeksTo, monday)));
                // The asset editor's parent picker as a planner types (a component's machine among N/20):
                // the first page by code, the start of a code, a word of a name.
                AssetService assets = new AssetService(jdbi, Clock.systemUTC());
                stats.add(measure(
                        "assets.parent.first.page",
                        samples,
                        () -> assets.parentChoices(AssetKind.COMPONENT, "", null)));
                stats.add(measure(
                        "assets.parent.code.start",
                        samples,
                        () -> assets.parentChoices(AssetKind.COMPONENT, "bm4999", null)));
                stats.add(measure(
                        "assets.parent.name.word",
                        samples,
                        () -> assets.parentChoices(AssetKind.COMPONENT, "machine 4999", null)));
                // The same figures as the screen read them before V107: five reads, the live day twice.
                stats.add(measure("kpi.five.reads.30d", samples, () -> {
                    kpis.summary(to.minusDays(30), to);
                    kpis.backlog();
                    kpis.reliability(to.minusDays(30), to, 20);
                    planner.scheduleCompliance(4, today, ZoneOffset.UTC);
                    planner.crewCapacity(monday, ZoneOffset.UTC);
                }));
            }
        }
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "%,d work orders on %,d machines (a planner's own login, under RLS)%n",
                rows,
                Math.max(100, rows / 20));
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

    /** The three plants, the planner's login and the work orders (COPY, per-row triggers off). */
    private static void generate(AdminService people, DataSource admin, String password, long rows, int days)
            throws Exception {
        UUID plant = people.ensureTenant("Bench plant", "bench");
        people.createPerson(
                plant, new NewPerson("Bench Planner", null, AppRole.PLANNER, "bench_planner", password.toCharArray()));
        UUID other = people.ensureTenant("Other plant", "other");
        UUID third = people.ensureTenant("Third plant", "third");
        long t0 = System.nanoTime();
        new WorkOrderGenerator().generate(admin, plant, rows, days, 1);
        new WorkOrderGenerator().generate(admin, other, Math.max(1000, rows / 10), days, 2);
        new WorkOrderGenerator().generate(admin, third, Math.max(1000, rows / 20), days, 3);
        System.err.printf("Generated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static Stats measure(String name, int samples, Runnable work) {
        for (int i = 0; i < 5; i++) {
            work.run(); // warm-up: plans cached, pages in memory
        }
        double[] ms = new double[samples];
        for (int i = 0; i < samples; i++) {
            long s = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        return Stats.of(name, ms);
    }
}
