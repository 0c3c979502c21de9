package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.DbErrors;
import io.plantdesk.platform.demo.DemoPlant;
import io.plantdesk.platform.embedded.EmbeddedServer;
import java.io.Console;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine.Option;

/**
 * Which server a command works on, as its administrator: the embedded server by default (reached
 * through its private socket, no password), or a saved profile with an admin user whose password
 * comes from PLANTDESK_ADMIN_PASSWORD or is asked for.
 */
public final class AdminTarget {

    public static final String PASSWORD_VARIABLE = "PLANTDESK_ADMIN_PASSWORD";

    @Option(names = "--profile", paramLabel = "NAME", description = "A saved connection profile (default: the embedded server).")
    String profile;

    @Option(names = "--admin-user", paramLabel = "ROLE", defaultValue = "postgres",
            description = "Administrator role on that server (default: ${DEFAULT-VALUE}); its password is read from "
                    + PASSWORD_VARIABLE + " or asked for.")
    String adminUser;

    private String password;

    /** An open admin connection source, a description of where it points, and its profile. */
    public record Opened(DataSource dataSource, String where, ConnectionProfile profile) {
    }

    public Opened open(AppContext ctx) {
        if (profile == null) {
            EmbeddedServer server = ctx.embedded().get();
            server.ensureDatabase(DemoPlant.DATABASE);
            return new Opened(server.adminDataSource(DemoPlant.DATABASE),
                    "embedded server (localhost:" + server.port() + "/" + DemoPlant.DATABASE + ")", ConnectionProfile.demo(server.port()));
        }
        ConnectionProfile p = ctx.profiles().find(profile).orElseThrow(() -> new PlantdeskException(
                "There is no connection profile named \"" + profile + "\".",
                "Run \"plantdesk info\" to list the profiles, or add one in the login screen."));
        password = password();
        PGSimpleDataSource ds = sameLogin(p);
        try (Connection c = ds.getConnection()) {
            c.isValid(2);
        } catch (SQLException e) {
            throw DbErrors.translate(e, p);
        }
        return new Opened(ds, p.name() + " (" + p.host() + ":" + p.port() + "/" + p.database() + ", " + p.environment() + ")", p);
    }

    /** The admin login of {@link #open} on another profile (a staging database on the same server, say). */
    public PGSimpleDataSource sameLogin(ConnectionProfile p) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(p.jdbcUrl());
        ds.setUser(adminUser);
        ds.setPassword(password);
        ds.setSslMode(p.sslMode().jdbcValue());
        ds.setConnectTimeout(10);
        ds.setApplicationName("Plantdesk CLI");
        return ds;
    }

    private static String password() {
        String env = System.getenv(PASSWORD_VARIABLE);
        if (env != null) {
            return env;
        }
        Console console = System.console();
        if (console == null) {
            throw new PlantdeskException("No password for the admin connection.",
                    "Set " + PASSWORD_VARIABLE + " or run the command in a terminal so it can ask.");
        }
        char[] pw = console.readPassword("Admin password: ");
        return pw == null ? "" : new String(pw);
    }
}
