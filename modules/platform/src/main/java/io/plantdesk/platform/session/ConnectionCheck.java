package io.plantdesk.platform.session;

import java.sql.Connection;
import java.sql.SQLException;

/** A cheap "is the server still there?" for the status bar. */
public final class ConnectionCheck {

    private ConnectionCheck() {}

    public static boolean isAlive(Session session) {
        try (Connection c = session.database().dataSource().getConnection()) {
            return c.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The server's PostgreSQL version, e.g. "18.0". */
    public static String serverVersion(Session session) {
        return session.database()
                .jdbi()
                .withHandle(h ->
                        h.createQuery("show server_version").mapTo(String.class).one());
    }
}
