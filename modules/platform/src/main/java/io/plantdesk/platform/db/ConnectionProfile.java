package io.plantdesk.platform.db;

import java.util.Objects;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A named way to reach a Plantdesk database. Never holds a password: those live in the OS
 * keychain or are asked for each time.
 *
 * @param embedded true for the PostgreSQL that Plantdesk runs itself (host and port come from it)
 */
public record ConnectionProfile(
        String name,
        String host,
        int port,
        String database,
        String user,
        SslMode sslMode,
        Environment environment,
        boolean embedded) {

    public static final String DEMO_NAME = "Demo plant";

    /** A host name or IPv4 address, or an IPv6 address (bracketed or not): nothing a URL could read as more. */
    private static final Pattern HOST =
            Pattern.compile("^([A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?"
                    + "|\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]?)$");
    /** Database and user names: letters, digits and _ . - $ (and @ in a user name, as cloud servers use). */
    private static final Pattern DATABASE = Pattern.compile("^[\\p{L}0-9_.$-]{1,63}$");

    private static final Pattern USER = Pattern.compile("^[\\p{L}0-9_.$@-]{0,63}$");

    /**
     * Every field is checked, so that none can carry more than itself into a connection (a database
     * name of {@code plantdesk?sslmode=disable} once switched TLS off); connections are built from
     * these fields as properties ({@link #dataSource}), never by pasting them into a URL.
     *
     * @throws IllegalArgumentException with a sentence naming the field
     */
    public ConnectionProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        user = user == null ? "" : user;
        sslMode = sslMode == null ? SslMode.defaultFor(host) : sslMode;
        environment = environment == null ? Environment.DEV : environment;
        String problem = problemWith(name, host, String.valueOf(port), database);
        if (problem == null && !USER.matcher(user).matches()) {
            problem = "The user name may hold letters, digits and _ . - $ @ (up to 63).";
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** The demo plant profile on the embedded server. */
    public static ConnectionProfile demo(int port) {
        return new ConnectionProfile(
                DEMO_NAME, "localhost", port, "plantdesk", "", SslMode.DISABLE, Environment.DEV, true);
    }

    /** For display and for code that takes a URL; every field in it was validated. */
    public String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    /** A data source for this profile, set property by property: host, port, database and TLS mode. */
    public PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {host.startsWith("[") ? host.substring(1, host.length() - 1) : host});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setSslMode(sslMode.jdbcValue());
        return ds;
    }

    public ConnectionProfile withUser(String newUser) {
        return new ConnectionProfile(name, host, port, database, newUser, sslMode, environment, embedded);
    }

    public ConnectionProfile withPort(int newPort) {
        return new ConnectionProfile(name, host, newPort, database, user, sslMode, environment, embedded);
    }

    /** Checks a profile typed by a person; returns a message for the first problem, or null. */
    public static String problemWith(String name, String host, String port, String database) {
        if (name == null || name.isBlank()) {
            return "Give the profile a name.";
        }
        if (name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            return "The profile's name may have up to 100 characters and no line breaks.";
        }
        if (host == null || host.isBlank()) {
            return "Enter the server's host name or address.";
        }
        if (!HOST.matcher(host.trim()).matches()) {
            return "The host \"" + host.trim()
                    + "\" is not a host name or address: use letters, digits, \"-\" and \".\" (or an IP address).";
        }
        try {
            int p = Integer.parseInt(port.trim());
            if (p < 1 || p > 65535) {
                return "The port must be a number from 1 to 65535.";
            }
        } catch (NumberFormatException | NullPointerException e) {
            return "The port must be a number from 1 to 65535.";
        }
        if (database == null || database.isBlank()) {
            return "Enter the database name.";
        }
        if (!DATABASE.matcher(database).matches()) {
            return "The database name \"" + database + "\" may hold letters, digits and _ . - $ only (up to 63).";
        }
        return null;
    }
}
