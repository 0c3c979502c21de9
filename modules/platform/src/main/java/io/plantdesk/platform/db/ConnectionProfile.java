package io.plantdesk.platform.db;

import java.util.Objects;

/**
 * A named way to reach a Plantdesk database. Never holds a password: those live in the OS
 * keychain or are asked for each time.
 *
 * @param embedded true for the PostgreSQL that Plantdesk runs itself (host and port come from it)
 */
public record ConnectionProfile(String name, String host, int port, String database, String user,
                                SslMode sslMode, Environment environment, boolean embedded) {

    public static final String DEMO_NAME = "Demo plant";

    public ConnectionProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        user = user == null ? "" : user;
        sslMode = sslMode == null ? SslMode.defaultFor(host) : sslMode;
        environment = environment == null ? Environment.DEV : environment;
    }

    /** The demo plant profile on the embedded server. */
    public static ConnectionProfile demo(int port) {
        return new ConnectionProfile(DEMO_NAME, "localhost", port, "plantdesk", "", SslMode.DISABLE, Environment.DEV, true);
    }

    public String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
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
        if (host == null || host.isBlank()) {
            return "Enter the server's host name or address.";
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
        return null;
    }
}
