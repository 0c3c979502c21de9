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
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine.Option;

/**
 * Which server a command works on, as its administrator: the embedded server by default (reached
 * through its private socket, no password), or a saved profile with an admin user whose password
 * comes from PLANTDESK_ADMIN_PASSWORD or is asked for.
 *
 * <p>A credential goes only to the server it was entered for (issue 13, security 5): another
 * profile on the same host and port is reached with the same login; one elsewhere (the staging
 * profile the promotion gate reads) only with its own, from PLANTDESK_STAGING_PASSWORD or asked
 * for, never with the target's.
 */
public final class AdminTarget {

    public static final String PASSWORD_VARIABLE = "PLANTDESK_ADMIN_PASSWORD";
    public static final String OTHER_PASSWORD_VARIABLE = "PLANTDESK_STAGING_PASSWORD";

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "A saved connection profile (default: the embedded server).")
    String profile;

    @Option(
            names = "--admin-user",
            paramLabel = "ROLE",
            defaultValue = "postgres",
            description = "Administrator role on that server (default: ${DEFAULT-VALUE}); its password is read from "
                    + PASSWORD_VARIABLE + " or asked for.")
    String adminUser;

    @Option(
            names = "--staging-user",
            paramLabel = "ROLE",
            description = {
                "The login that reads a staging profile on another server for the promotion gate (a read-only",
                "role that may SELECT its history table is enough); its password is read from "
                        + OTHER_PASSWORD_VARIABLE,
                "or asked for. The admin password never goes to another server. Default: the --admin-user name."
            })
    String stagingUser;

    private String password;
    private Opened opened;
    private PGSimpleDataSource other;
    private String otherServer;

    /** An open admin connection source, a description of where it points, and its profile. */
    public record Opened(DataSource dataSource, String where, ConnectionProfile profile) {}

    /** True when the command works on the embedded server (no --profile). */
    public boolean embedded() {
        return profile == null;
    }

    public Opened open(AppContext ctx) {
        if (profile == null) {
            EmbeddedServer server = ctx.embedded().get();
            server.ensureDatabase(DemoPlant.DATABASE);
            opened = new Opened(
                    server.adminDataSource(DemoPlant.DATABASE),
                    "embedded server (localhost:" + server.port() + "/" + DemoPlant.DATABASE + ")",
                    ConnectionProfile.demo(server.port()));
            return opened;
        }
        ConnectionProfile p = ctx.profiles()
                .find(profile)
                .orElseThrow(() -> new PlantdeskException(
                        "There is no connection profile named \"" + profile + "\".",
                        "Run \"plantdesk info\" to list the profiles, or add one in the login screen."));
        password = password(PASSWORD_VARIABLE, adminUser + " on " + server(p));
        PGSimpleDataSource ds = login(p, adminUser, password);
        check(ds, p, adminUser, PASSWORD_VARIABLE);
        opened = new Opened(ds, p.name() + " (" + server(p) + "/" + p.database() + ", " + p.environment() + ")", p);
        return opened;
    }

    /**
     * The admin access to another profile (a staging database for the promotion gate): the same
     * login on the same server, the embedded server's socket for an embedded profile, otherwise
     * that server's own login, asked for once.
     */
    public DataSource forOther(AppContext ctx, ConnectionProfile p) {
        if (p.embedded()) {
            return ctx.embedded().get().adminDataSource(p.database());
        }
        if (opened == null) {
            throw new IllegalStateException("open() first");
        }
        if (!opened.profile().embedded() && sameServer(p, opened.profile())) {
            return login(p, adminUser, password);
        }
        synchronized (this) {
            if (other != null && otherServer.equals(server(p))) {
                PGSimpleDataSource ds = login(p, other.getUser(), other.getPassword());
                return ds;
            }
            String user = stagingUser == null || stagingUser.isBlank() ? adminUser : stagingUser;
            String pw = password(OTHER_PASSWORD_VARIABLE, user + " on " + server(p) + " (" + p.name() + ")");
            PGSimpleDataSource ds = login(p, user, pw);
            check(ds, p, user, OTHER_PASSWORD_VARIABLE);
            other = ds;
            otherServer = server(p);
            return ds;
        }
    }

    /**
     * True when the credentials entered for {@code entered} may go to {@code target}: the same host
     * and port, and a TLS mode at least as strict (a staging profile of the same server with
     * sslmode=disable must not receive production's password in clear text).
     */
    static boolean sameServer(ConnectionProfile target, ConnectionProfile entered) {
        return target.host().toLowerCase(Locale.ROOT).equals(entered.host().toLowerCase(Locale.ROOT))
                && target.port() == entered.port()
                && target.sslMode().compareTo(entered.sslMode()) >= 0;
    }

    private static String server(ConnectionProfile p) {
        return p.host() + ":" + p.port();
    }

    /** Built from properties, never a URL pasted from profile fields (issue 13, security 6). */
    private static PGSimpleDataSource login(ConnectionProfile p, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {p.host()});
        ds.setPortNumbers(new int[] {p.port()});
        ds.setDatabaseName(p.database());
        ds.setUser(user);
        ds.setPassword(password);
        ds.setSslMode(p.sslMode().jdbcValue());
        ds.setConnectTimeout(10);
        ds.setApplicationName("Plantdesk CLI");
        return ds;
    }

    private static void check(PGSimpleDataSource ds, ConnectionProfile p, String user, String variable) {
        try (Connection c = ds.getConnection()) {
            c.isValid(2);
        } catch (SQLException e) {
            if ("28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState())) {
                // Not a plant person's login: "an admin can reset your password" would send them in circles.
                throw new PlantdeskException(
                        "The server " + server(p) + " refused the login " + user + " for " + p.name() + ".",
                        "Check the role name (--admin-user / --staging-user) and its password (" + variable
                                + ", or type it when asked): it is the server's own administrator login.",
                        e);
            }
            throw DbErrors.translate(e, p);
        }
    }

    /** @param login "role on host:port", for the prompt and the message */
    private static String password(String variable, String login) {
        String env = System.getenv(variable);
        if (env != null) {
            return env;
        }
        Console console = System.console();
        if (console == null) {
            throw new PlantdeskException(
                    "No password for " + login + ".",
                    "Set " + variable + " or run the command in a terminal so it can ask.");
        }
        char[] pw = console.readPassword("Password for %s: ", login);
        return pw == null ? "" : new String(pw);
    }
}
