package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.app.shell.AppDialogs;
import io.plantdesk.platform.admin.AdminService;
import io.plantdesk.platform.db.DbErrors;
import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.embedded.EmbeddedHolder;
import io.plantdesk.platform.embedded.EmbeddedServer;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        description =
                "Show this installation: version, folders, connection profiles; with --server also the server's schema and plants.")
final class InfoCommand implements Callable<Integer> {

    private final AppContext ctx;

    @Mixin
    AdminTarget target;

    @Option(
            names = "--server",
            description = "Also connect to the server (embedded by default) and report its schema and plants.")
    boolean server;

    InfoCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        var p = ctx.paths();
        System.out.println("Plantdesk " + AppDialogs.version() + " (Java " + System.getProperty("java.version") + ")");
        System.out.println("Schema version shipped: " + Migrator.shippedVersion());
        System.out.println("Config folder:  " + p.configDir());
        System.out.println("Data folder:    " + p.dataDir() + "  (embedded database in " + p.embeddedDataDir() + ")");
        System.out.println("Logs:           " + p.logDir());
        System.out.println("Embedded port:  " + portLine());
        var profiles = ctx.profiles().list();
        System.out.println(
                "Connection profiles: " + (profiles.isEmpty() ? "none (the demo plant is always there)" : ""));
        for (var pr : profiles) {
            System.out.printf(
                    "  %-20s %s:%d/%s  user=%s  sslmode=%s  %s%n",
                    pr.name(),
                    pr.host(),
                    pr.port(),
                    pr.database(),
                    pr.user().isEmpty() ? "-" : pr.user(),
                    pr.sslMode().jdbcValue(),
                    pr.environment());
        }
        if (server) {
            AdminTarget.Opened db = target.open(ctx);
            AdminService admin = new AdminService(db.dataSource(), ctx.ids());
            System.out.println("Server: " + db.where());
            if (target.profile == null) {
                ctx.embedded().get().currentDiskWarning().ifPresent(w -> System.out.println("  disk: " + w));
            }
            if (!hasPlantdeskSchema(db)) {
                System.out.println(
                        "  schema version: none: Plantdesk was never set up on this database, so it has no plants yet.");
                System.out.println("  To set it up, run: plantdesk migrate"
                        + (target.profile == null ? "" : " --profile \"" + target.profile + "\""));
                return 0;
            }
            System.out.println("  schema version: " + admin.schemaVersion().orElse("none (run plantdesk migrate)"));
            if (admin.schemaVersion().isPresent()) {
                for (var t : admin.tenants()) {
                    System.out.printf("  plant %-24s slug=%-16s people=%d%n", t.name(), t.slug(), t.people());
                }
            }
        }
        return 0;
    }

    /** The port in use when a server runs, else the one the next start takes, and where it comes from. */
    private String portLine() {
        int settings = ctx.settings().embeddedPort();
        var running = ctx.embedded().isRunning()
                ? Optional.of(ctx.embedded().get().port())
                : EmbeddedServer.runningPort(ctx.paths());
        int next = ctx.embedded().effectivePort(); // refuses a PLANTDESK_EMBEDDED_PORT that is not a port
        String source = System.getenv(EmbeddedHolder.PORT_VARIABLE) != null
                        && !System.getenv(EmbeddedHolder.PORT_VARIABLE).isBlank()
                ? " (from " + EmbeddedHolder.PORT_VARIABLE + "; Settings say " + settings + ")"
                : " (from Settings)";
        if (running.isPresent()) {
            return running.get() + " (the embedded server runs on it now)"
                    + (running.get() == next ? "" : "; the next start uses " + next + source);
        }
        return next + source + ", not running";
    }

    private static boolean hasPlantdeskSchema(AdminTarget.Opened db) {
        try (var c = db.dataSource().getConnection();
                var rs = c.createStatement().executeQuery("select to_regnamespace('core') is not null")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw DbErrors.translate(e, db.profile());
        }
    }
}
