package io.plantdesk.platform.demo;

import com.zaxxer.hikari.HikariDataSource;
import io.plantdesk.platform.admin.AdminService;
import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.db.Pools;
import io.plantdesk.platform.embedded.EmbeddedServer;
import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.people.AppRole;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The demo plant: a garment factory with people in every role, on the embedded server. Seeding is
 * idempotent; each "Try the demo plant" gives the chosen demo login a fresh random password that
 * lives only in memory, so the demo never stores or ships a password.
 */
public final class DemoPlant {

    public static final String DATABASE = "plantdesk";
    public static final String TENANT_NAME = "Riverside Garments";
    public static final String TENANT_SLUG = "riverside";

    /** Credentials for one demo login, valid until the next "Try the demo plant". */
    public record Credentials(String login, char[] password) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Ids ids;
    private final List<DemoSeed> seeds;
    private Optional<String> build;
    private CompletableFuture<EmbeddedServer> warmUp;

    /** With every seed registered on the class path ({@link DemoSeeds#discover()}). */
    public DemoPlant(Ids ids) {
        this(ids, DemoSeeds.discover());
    }

    /** @param seeds the features' seeds; ordered here by their dependencies */
    public DemoPlant(Ids ids, List<DemoSeed> seeds) {
        this(ids, seeds, null);
    }

    /** @param build this build's fingerprint for the ready stamp, or null to take it from the jars */
    DemoPlant(Ids ids, List<DemoSeed> seeds, Optional<String> build) {
        this.ids = ids;
        this.seeds = DemoSeeds.order(seeds);
        this.build = build;
    }

    /**
     * Starts the embedded server and {@link #ensureReady} in the background, once, so that "Try the
     * demo plant" opens at once. For when the demo is the likely choice; costs nothing otherwise
     * but a local server start.
     */
    public synchronized void warmUp(Supplier<EmbeddedServer> server) {
        if (warmUp == null) {
            warmUp = CompletableFuture.supplyAsync(
                    () -> {
                        EmbeddedServer s = server.get();
                        ensureReady(s);
                        return s;
                    },
                    r -> Thread.ofPlatform().daemon().name("demo-warm-up").start(r));
        }
    }

    /**
     * The embedded server with the demo plant ready: the warm-up's result when it ran and worked,
     * else prepared now, so that a failure reaches the person who asked. Blocks; never on the FX thread.
     */
    public EmbeddedServer ready(Supplier<EmbeddedServer> server) {
        CompletableFuture<EmbeddedServer> started;
        synchronized (this) {
            started = warmUp;
        }
        if (started != null) {
            try {
                return started.join();
            } catch (CompletionException | CancellationException e) {
                LoggerFactory.getLogger(DemoPlant.class).info("Demo warm-up failed; trying again", e);
            }
        }
        EmbeddedServer s = server.get();
        ensureReady(s);
        return s;
    }

    /**
     * Creates the database, migrates it and seeds the plant where anything is missing. Idempotent,
     * and the slow part of opening the demo, so the login screen can run it before it is asked for.
     * Skipped when this build already did it on this database as it is now ({@link DemoReadyStamp}).
     */
    public void ensureReady(EmbeddedServer server) {
        long started = System.nanoTime();
        server.ensureDatabase(DATABASE);
        DemoReadyStamp stamp = new DemoReadyStamp(server.home().resolve(DemoReadyStamp.FILE), build());
        // Flyway and the seed make a dozen small calls: one reused connection, not a backend each.
        try (HikariDataSource admin = Pools.reusing(server.adminDataSource(DATABASE), "plantdesk-demo-setup")) {
            if (stamp.isCurrent(DemoReadyStamp.databaseOf(admin))) {
                LoggerFactory.getLogger(DemoPlant.class)
                        .info(
                                "Demo plant ready in {} ms (made ready by this build before; nothing changed since)",
                                (System.nanoTime() - started) / 1_000_000);
                return;
            }
            stamp.clear();
            long migrating = System.nanoTime();
            Migrator.migrate(admin);
            long seeding = System.nanoTime();
            seed(new AdminService(admin, ids));
            stamp.write(DemoReadyStamp.databaseOf(admin));
            // What "Try the demo plant" may wait for: say which part takes the time.
            LoggerFactory.getLogger(DemoPlant.class)
                    .info(
                            "Demo plant ready in {} ms (database {} ms, migrations {} ms, seeds {} ms)",
                            (System.nanoTime() - started) / 1_000_000,
                            (migrating - started) / 1_000_000,
                            (seeding - migrating) / 1_000_000,
                            (System.nanoTime() - seeding) / 1_000_000);
        }
    }

    /** The jars the scripts and the seeds come from: what the ready stamp is valid for. */
    private synchronized Optional<String> build() {
        if (build == null) {
            List<Class<?>> classes = new ArrayList<>(List.of(Migrator.class, DemoPlant.class));
            seeds.forEach(s -> classes.add(s.getClass()));
            build = DemoReadyStamp.buildOf(classes);
        }
        return build;
    }

    /** Gives the chosen role's demo login a fresh random password (the plant must be ready). */
    public Credentials open(EmbeddedServer server, AppRole as) {
        AdminService service = new AdminService(server.adminDataSource(DATABASE), ids);
        String login = PeopleSeed.loginFor(as);
        char[] password = randomPassword();
        service.setPassword(login, password);
        return new Credentials(login, password);
    }

    /**
     * Adds whatever of the demo plant is missing: the plant, then each feature's seed in dependency
     * order, one transaction per seed. Returns the tenant.
     */
    public UUID seed(AdminService service) {
        UUID tenant = service.ensureTenant(TENANT_NAME, TENANT_SLUG);
        for (DemoSeed s : seeds) {
            long started = System.nanoTime();
            service.inTransaction(h -> s.seed(new DemoSeed.Plant(h, tenant, service, ids)));
            // Creating the demo is what a first start waits for: say which seed takes the time.
            LoggerFactory.getLogger(DemoPlant.class)
                    .info("Demo seed {} took {} ms", s.name(), (System.nanoTime() - started) / 1_000_000);
        }
        return tenant;
    }

    /** The seeds this demo plant runs, in run order. */
    public List<DemoSeed> seeds() {
        return seeds;
    }

    static char[] randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        char[] out = new char[24];
        for (int i = 0; i < out.length; i++) {
            out[i] = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
        }
        return out;
    }
}
