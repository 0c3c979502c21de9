package io.plantdesk.platform.demo;

import io.plantdesk.platform.admin.AdminService;
import com.zaxxer.hikari.HikariDataSource;
import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.db.Pools;
import io.plantdesk.platform.embedded.EmbeddedServer;
import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.people.NewPerson;
import io.plantdesk.platform.people.AppRole;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The demo plant: a garment factory with people in every role, on the embedded server. Seeding is
 * idempotent; each "Try the demo plant" gives the chosen demo login a fresh random password that
 * lives only in memory, so the demo never stores or ships a password.
 */
public final class DemoPlant {

    public static final String DATABASE = "plantdesk";
    public static final String TENANT_NAME = "Riverside Garments";
    public static final String TENANT_SLUG = "riverside";

    /** A demo person; the first of each role is the one "Try the demo plant" logs in as. */
    record DemoPerson(String name, String phone, AppRole role, String login) {
    }

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("Amina Rahman", "+880 1711 000101", AppRole.ADMIN, "demo_admin"),
            new DemoPerson("Karim Hossain", "+880 1711 000102", AppRole.PLANNER, "demo_planner"),
            new DemoPerson("Nusrat Jahan", "+880 1711 000103", AppRole.SUPERVISOR, "demo_supervisor"),
            new DemoPerson("Rafiq Islam", "+880 1711 000104", AppRole.TECHNICIAN, "demo_technician"),
            new DemoPerson("Shirin Akter", "+880 1711 000105", AppRole.OPERATOR, "demo_operator"),
            new DemoPerson("Mahmudul Hasan", "+880 1711 000106", AppRole.SUPERVISOR, "demo_supervisor2"),
            new DemoPerson("Farzana Begum", "+880 1711 000107", AppRole.OPERATOR, "demo_operator2"),
            new DemoPerson("Jamal Uddin", "+880 1711 000108", AppRole.OPERATOR, "demo_operator3"),
            new DemoPerson("Rokeya Khatun", null, AppRole.OPERATOR, "demo_operator4"),
            new DemoPerson("Sohel Rana", "+880 1711 000110", AppRole.TECHNICIAN, "demo_technician2"),
            new DemoPerson("Taslima Sultana", "+880 1711 000111", AppRole.PLANNER, "demo_planner2"),
            new DemoPerson("Farhana Yasmin", "+880 1711 000112", AppRole.ADMIN, "demo_admin2"));

    /** Credentials for one demo login, valid until the next "Try the demo plant". */
    public record Credentials(String login, char[] password) {
    }

    private final Ids ids;
    private final SecureRandom random = new SecureRandom();
    private CompletableFuture<EmbeddedServer> warmUp;

    public DemoPlant(Ids ids) {
        this.ids = ids;
    }

    /**
     * Starts the embedded server and {@link #ensureReady} in the background, once, so that "Try the
     * demo plant" opens at once. For when the demo is the likely choice; costs nothing otherwise
     * but a local server start.
     */
    public synchronized void warmUp(Supplier<EmbeddedServer> server) {
        if (warmUp == null) {
            warmUp = CompletableFuture.supplyAsync(() -> {
                EmbeddedServer s = server.get();
                ensureReady(s);
                return s;
            }, r -> Thread.ofPlatform().daemon().name("demo-warm-up").start(r));
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
                org.slf4j.LoggerFactory.getLogger(DemoPlant.class).info("Demo warm-up failed; trying again", e);
            }
        }
        EmbeddedServer s = server.get();
        ensureReady(s);
        return s;
    }

    /**
     * Creates the database, migrates it and seeds the plant where anything is missing. Idempotent,
     * and the slow part of opening the demo, so the login screen can run it before it is asked for.
     */
    public void ensureReady(EmbeddedServer server) {
        server.ensureDatabase(DATABASE);
        // Flyway and the seed make a dozen small calls: one reused connection, not a backend each.
        try (HikariDataSource admin = Pools.reusing(server.adminDataSource(DATABASE), "plantdesk-demo-setup")) {
            Migrator.migrate(admin);
            seed(new AdminService(admin, ids));
        }
    }

    /** Gives the chosen role's demo login a fresh random password (the plant must be ready). */
    public Credentials open(EmbeddedServer server, AppRole as) {
        AdminService service = new AdminService(server.adminDataSource(DATABASE), ids);
        String login = PEOPLE.stream().filter(p -> p.role() == as).findFirst().orElseThrow().login();
        char[] password = randomPassword();
        service.setPassword(login, password);
        return new Credentials(login, password);
    }

    /** Adds whatever of the demo plant is missing; returns the tenant. */
    public UUID seed(AdminService service) {
        UUID tenant = service.ensureTenant(TENANT_NAME, TENANT_SLUG);
        for (DemoPerson p : PEOPLE) {
            if (!service.loginExists(p.login())) {
                service.createPerson(tenant, new NewPerson(p.name(), p.phone(), p.role(), p.login(), randomPassword()));
            }
        }
        service.seedHistory(tenant, List.of("demo_admin", "demo_admin2"), 60);
        return tenant;
    }

    private char[] randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        char[] out = new char[24];
        for (int i = 0; i < out.length; i++) {
            out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return out;
    }
}
