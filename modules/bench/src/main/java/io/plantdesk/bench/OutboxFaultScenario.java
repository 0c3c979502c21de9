package io.plantdesk.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.admin.AdminService;
import io.plantdesk.platform.bench.BenchArgs;
import io.plantdesk.platform.bench.BenchScenario;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.db.Pools;
import io.plantdesk.platform.db.SslMode;
import io.plantdesk.platform.embedded.EmbeddedServer;
import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.outbox.ActionTypes;
import io.plantdesk.platform.outbox.Outbox;
import io.plantdesk.platform.outbox.ReplayContext;
import io.plantdesk.platform.outbox.Replayer;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.NewPerson;
import io.plantdesk.testkit.TcpProxy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The outbox under faults (issue 15): {@code --rounds} floor-PC processes each record labour
 * entries and replay them, and are killed with kill -9 at a random moment (while writing locally,
 * mid-batch, between a server commit and the outbox delete); every {@code --pg-every}-th round
 * PostgreSQL itself is killed with kill -9 mid-replay and started again; then the network
 * through a TCP proxy is cut for {@code --cut-seconds} with {@code --drain} actions waiting.
 * Reports acknowledged actions lost and duplicated (both must be 0), the time from the server's
 * return to an empty outbox, and the time until the replayer notices the server is away.
 * Small smoke run: {@code --scenario outbox --rounds 6 --drain 200 --cut-seconds 5}.
 */
public final class OutboxFaultScenario implements BenchScenario {

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public String description() {
        return "offline outbox under kill -9 of client and PostgreSQL and a network cut: --rounds 100 --drain 1000 --cut-seconds 300";
    }

    @Override
    public void run(BenchArgs a) throws Exception {
        int rounds = (int) a.number("--rounds", 100);
        int perRound = (int) a.number("--actions", 40);
        int drain = (int) a.number("--drain", 1000);
        int cutSeconds = (int) a.number("--cut-seconds", 300);
        int pgEvery = (int) a.number("--pg-every", 5);
        long seed = a.number("--seed", System.nanoTime());
        Random random = new Random(seed);
        Path home = Files.createTempDirectory(
                Path.of(a.string("--dir", System.getProperty("java.io.tmpdir"))), "pd-outbox");
        System.err.printf(
                "Outbox faults: %d rounds of %d actions, drain %d, cut %d s, seed %d, in %s%n",
                rounds, perRound, drain, cutSeconds, seed, home);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        EmbeddedServer server = startServer(home, port);
        server.ensureDatabase("bench");
        Migrator.migrate(server.adminDataSource("bench"));
        AdminService admin = new AdminService(server.adminDataSource("bench"), new Ids(Clock.systemUTC()));
        UUID plant = admin.ensureTenant("Outbox plant", "outbox");
        String password = UUID.randomUUID().toString();
        UUID planner = admin.createPerson(
                plant, new NewPerson("Bench Planner", null, AppRole.PLANNER, "bench_planner", password.toCharArray()));
        UUID tech = admin.createPerson(
                plant,
                new NewPerson("Bench Technician", null, AppRole.TECHNICIAN, "bench_tech", password.toCharArray()));
        WorkOrder w = new WorkOrderService(jdbi(port, "bench_planner", password), Clock.systemUTC())
                .create(WorkOrderDraft.of("Fault harness", WorkOrderType.CORRECTIVE), WorkOrderStatus.APPROVED);
        Path dataDir = home.resolve("client");

        Set<String> acknowledged = new HashSet<>();
        int clientKills = 0;
        int pgKills = 0;
        for (int r = 0; r < rounds; r++) {
            Process p = client(dataDir, port, password, tech, w.id(), "r" + r, perRound);
            boolean killPg = pgEvery > 0 && r % pgEvery == pgEvery - 1;
            int killAfter = random.nextInt(perRound + 20); // past perRound: during the replay
            long replayDelayMs = random.nextInt(300);
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                int acks = 0;
                boolean faulted = false;
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        acknowledged.add(line.substring(4));
                        acks++;
                    }
                    if (!faulted && acks == Math.min(killAfter, perRound)) {
                        faulted = true;
                        if (killAfter >= perRound) {
                            Thread.sleep(
                                    replayDelayMs); // let the replay start: mid-batch, maybe between commit and delete
                        }
                        if (killPg) {
                            server = killPostgres(server, home, port);
                            pgKills++;
                            continue; // the client lives on: it must finish once the server is back
                        }
                        p.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
                        clientKills++;
                        break;
                    }
                }
            }
            if (p.isAlive() && !killPg) {
                p.destroyForcibly();
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        // The last client after the crashes: drains whatever is left.
        Process finalClient = client(dataDir, port, password, tech, w.id(), "final", 0);
        waitForEmpty(finalClient);

        // A network cut with many actions waiting.
        Jdbi techJdbi;
        double[] offlineShownMs = {Double.NaN};
        double noticeMs;
        double drainMs;
        try (TcpProxy net = new TcpProxy("127.0.0.1", port)) {
            // The console's own way in: the person's pool (HikariCP), here through the proxy.
            HikariDataSource pool = Pools.open(
                    new ConnectionProfile(
                            "outbox", "127.0.0.1", net.port(), "bench", "", SslMode.DISABLE, Environment.DEV, false),
                    "bench_tech",
                    password.toCharArray());
            techJdbi = Database.jdbiFor(pool);
            try (Outbox outbox = Outbox.open(home.resolve("cut"), tech, Clock.systemUTC());
                    Replayer replayer = new Replayer(
                            outbox,
                            ActionTypes.discover(),
                            new ReplayContext(techJdbi, Clock.systemUTC(), tech),
                            Duration.ofMillis(500),
                            random)) {
                var queue = MaintenanceApis.find().orElseThrow().technicianQueue(outbox, replayer);
                net.cut();
                long cutAt = System.nanoTime();
                // The status bar's one-second probe (the shell's ConnectionProbe: a TCP connect of at most a second).
                Thread probe = Thread.ofPlatform().daemon().start(() -> {
                    while (listening(net.port())) {
                        try {
                            Thread.sleep(1000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    offlineShownMs[0] = (System.nanoTime() - cutAt) / 1e6;
                });
                queue.logLabour(new LabourReport(w.id(), tech, LocalDate.now(), new BigDecimal("0.25"), "cut-0"), "#1");
                acknowledged.add("cut-0");
                while (replayer.serverAnswered()) {
                    Thread.sleep(5);
                }
                noticeMs = (System.nanoTime() - cutAt) / 1e6;
                probe.join(10_000);
                for (int i = 1; i < drain; i++) {
                    String note = "cut-" + i;
                    queue.logLabour(
                            new LabourReport(w.id(), tech, LocalDate.now(), new BigDecimal("0.25"), note), "#1");
                    acknowledged.add(note);
                }
                Thread.sleep(Math.max(0, cutSeconds * 1000L - (long) noticeMs));
                net.restore();
                long back = System.nanoTime();
                // No kick: the replayer's own backoff must find the server (the shell would kick too).
                while (outbox.status().pending() > 0) {
                    Thread.sleep(10);
                }
                drainMs = (System.nanoTime() - back) / 1e6;
            } finally {
                pool.close();
            }
        }

        Map<String, Integer> onServer = new HashMap<>();
        Database.jdbiFor(server.adminDataSource("bench"))
                .useHandle(h -> h.createQuery(
                                "select note, count(*) from maint.labour where work_order_id = :w group by note")
                        .bind("w", w.id())
                        .map((rs, c) -> Map.entry(rs.getString(1), rs.getInt(2)))
                        .forEach(e -> onServer.put(e.getKey(), e.getValue())));
        long lost = acknowledged.stream().filter(n -> !onServer.containsKey(n)).count();
        long duplicated = onServer.values().stream().filter(c -> c > 1).count();
        List<String> table = new ArrayList<>();
        table.add(String.format("rounds %d, client kill -9 %d, PostgreSQL kill -9 %d", rounds, clientKills, pgKills));
        table.add(String.format(
                "acknowledged %d, on the server %d (unacknowledged but durable ones count too)",
                acknowledged.size(), onServer.size()));
        table.add(String.format("lost %d (must be 0), duplicated %d (must be 0)", lost, duplicated));
        table.add(String.format(
                "network cut %d s: status bar offline after %.0f ms (its probe), replayer noticed in %.0f ms; "
                        + "%d pending drained in %.1f s after the return",
                cutSeconds, offlineShownMs[0], noticeMs, drain, drainMs / 1000));
        table.forEach(System.out::println);
        Path out = a.path("--out", "modules/bench/target/outbox-faults.json");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(
                out,
                String.format(
                        "{\"scenario\":\"outbox\",\"seed\":%d,\"rounds\":%d,\"clientKills\":%d,\"pgKills\":%d,"
                                + "\"acknowledged\":%d,\"lost\":%d,\"duplicated\":%d,\"cutSeconds\":%d,\"offlineShownMs\":%.0f,\"noticeMs\":%.0f,"
                                + "\"drainActions\":%d,\"drainMs\":%.0f}%n",
                        seed,
                        rounds,
                        clientKills,
                        pgKills,
                        acknowledged.size(),
                        lost,
                        duplicated,
                        cutSeconds,
                        offlineShownMs[0],
                        noticeMs,
                        drain,
                        drainMs));
        System.out.println("JSON written to " + out);
        server.close();
        if (lost > 0 || duplicated > 0) {
            throw new IllegalStateException("The outbox lost " + lost + " and duplicated " + duplicated
                    + " acknowledged actions (seed " + seed + ")");
        }
    }

    /** As the shell's ConnectionProbe: does anything accept a TCP connection there within a second? */
    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static EmbeddedServer startServer(Path home, int port) {
        return EmbeddedServer.start(home.resolve("pgdata"), home.resolve("pgbin"), home.resolve("postgres.log"), port);
    }

    /** kill -9 of the postmaster while a client replays, then a fresh start on the same data (crash recovery). */
    private static EmbeddedServer killPostgres(EmbeddedServer server, Path home, int port) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(home.resolve("pgdata").resolve("postmaster.pid"))
                .getFirst()
                .trim());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        Thread.sleep(500);
        server.close(); // forgets the dead server (and its owner file)
        return startServer(home, port);
    }

    private static Process client(
            Path dataDir, int port, String password, UUID tech, UUID workOrder, String prefix, int count)
            throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        OutboxFaultClient.class.getName(),
                        dataDir.toString(),
                        Integer.toString(port),
                        "bench",
                        "bench_tech",
                        password,
                        tech.toString(),
                        workOrder.toString(),
                        prefix,
                        Integer.toString(count))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void waitForEmpty(Process p) throws Exception {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("EMPTY")) {
                // only the end matters here
            }
        }
        p.waitFor(60, TimeUnit.SECONDS);
    }

    private static Jdbi jdbi(int port, String login, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:" + port + "/bench");
        ds.setUser(login);
        ds.setPassword(password);
        ds.setConnectTimeout(2);
        ds.setSocketTimeout(15);
        return Database.jdbiFor(ds);
    }
}
