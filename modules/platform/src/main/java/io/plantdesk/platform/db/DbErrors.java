package io.plantdesk.platform.db;

import io.plantdesk.platform.PlantdeskException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns database errors into sentences a person can act on. Plantdesk's own functions already
 * raise readable messages (see sql/migrations); constraint names and SQL states are mapped here.
 */
public final class DbErrors {

    private DbErrors() {
    }

    public static PlantdeskException translate(SQLException e, ConnectionProfile profile) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = profile == null ? "the database server" : profile.host() + ":" + profile.port();
        if (isTls(e)) {
            return tlsFailed(profile, e);
        }
        return switch (state) {
            case "28P01", "28000" -> new PlantdeskException(
                    "The user name or password is not right.",
                    "Check both and try again. An admin of your plant can reset your password.", e);
            case "3D000" -> new PlantdeskException(
                    "The database \"" + (profile == null ? "?" : profile.database()) + "\" does not exist on " + where + ".",
                    "Check the database name in the connection profile.", e);
            case "08001", "08004", "08006", "08000", "08003" -> unreachable(profile, e);
            case "53300" -> serverText(e, "").contains("for role")
                    ? new PlantdeskException("This login already has as many connections open as it may.",
                            "Close Plantdesk on another computer where you are logged in, or wait a minute and try again.", e)
                    : new PlantdeskException("The database server has no free connections right now.",
                            "Wait a minute and try again; if it keeps happening, tell IT.", e);
            // Waits are bounded per login (V010); each says what it waited for.
            case "57014" -> new PlantdeskException("The database stopped a statement that ran longer than this login may.",
                    "Try a smaller range; if an admin's task needs longer, ask IT.", e);
            case "55P03" -> new PlantdeskException("The database waited too long for a record someone else is changing.",
                    "Try again in a moment; what you typed is kept.", e);
            case "25P03" -> new PlantdeskException("The database closed a connection that sat in an unfinished change too long.",
                    "Try again; what you typed is kept.", e);
            case "57P01", "57P02", "57P03" -> new PlantdeskException("The database server is shutting down or starting up.",
                    "Try again in a minute.", e);
            // Raw privilege errors name tables and functions; Plantdesk's own checks already read well.
            case "42501" -> new PlantdeskException(serverText(e, "").startsWith("Permission denied")
                    ? "You are not allowed to do this." : serverText(e, "You are not allowed to do this."),
                    "Ask an admin of your plant if you need this.", e);
            case "40001", "40P01" -> new PlantdeskException(serverText(e, "Someone else changed this at the same time."),
                    "Reload and try again; what you typed is kept.", e);
            case "23505", "23514", "23502", "23503" -> new PlantdeskException(constraintText(e, state), null, e);
            case "22023", "22001", "22P02", "02000" ->
                    new PlantdeskException(serverText(e, "The database refused the change."), null, e);
            default -> {
                if (isNetwork(e)) {
                    yield unreachable(profile, e);
                }
                yield new PlantdeskException("The database reported an error: " + serverText(e, e.getMessage()),
                        "If this keeps happening, send the details to IT.", e);
            }
        };
    }

    /** Unwraps a Jdbi exception to the SQLException inside it, if any. */
    public static RuntimeException translate(JdbiException e, ConnectionProfile profile) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return translate(sql, profile);
            }
        }
        return e;
    }

    public static PlantdeskException unreachable(ConnectionProfile profile, Throwable cause) {
        if (profile != null && profile.embedded()) { // on this computer: no network involved
            return new PlantdeskException("The local database on this computer is not running.",
                    "Plantdesk starts it again by itself; if this stays, close and reopen Plantdesk. "
                            + "The embedded database's log (postgres.log) says why it stopped.", cause);
        }
        String where = profile == null ? "" : " at " + profile.host() + ":" + profile.port();
        if (cause != null && isTls(cause)) {
            return tlsFailed(profile, cause);
        }
        return new PlantdeskException("Cannot reach the database server" + where + ".",
                "Check the network cable or Wi-Fi and the profile's host and port, or ask IT whether the server is running.",
                cause);
    }

    /**
     * A TLS failure is not a network failure: the server answered, but the secure connection the
     * profile asks for could not be made. The message says which part failed.
     */
    public static PlantdeskException tlsFailed(ConnectionProfile profile, Throwable cause) {
        String where = profile == null ? "the database server" : profile.host() + ":" + profile.port();
        String text = String.valueOf(messages(cause)).toLowerCase(Locale.ROOT);
        if (text.contains("does not support ssl")) {
            return new PlantdeskException("The server at " + where + " does not offer a secure (TLS) connection, and this profile requires one.",
                    "Ask IT to turn TLS on for the server. Choose a weaker TLS mode in the profile only if IT says so.", cause);
        }
        if (text.contains("certificate") || text.contains("pkix") || text.contains("hostname") || text.contains("root.crt")) {
            return new PlantdeskException("The server at " + where + " could not prove who it is: its TLS certificate was not accepted.",
                    "Ask IT for the server's CA certificate (root.crt in your PostgreSQL folder) and check the profile's host name.", cause);
        }
        return new PlantdeskException("The secure (TLS) connection to " + where + " failed.",
                "Ask IT to check the server's TLS set-up; the details are in the log.", cause);
    }

    private static boolean isTls(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return true;
            }
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("does not support SSL") || m.contains("SSL error") || m.contains("root.crt")) {
                return true;
            }
        }
        return false;
    }

    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t.getMessage()).append(' ');
        }
        return b.toString();
    }

    private static String constraintText(SQLException e, String state) {
        if (e instanceof PSQLException p) {
            String sentence = ConstraintMessages.sentence(state, p.getServerErrorMessage());
            if (sentence != null) {
                return sentence;
            }
        }
        return serverText(e, "23505".equals(state) ? "That value is already in use." : "The database refused the change.");
    }

    private static boolean isNetwork(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String serverText(SQLException e, String fallback) {
        if (e instanceof PSQLException p) {
            ServerErrorMessage m = p.getServerErrorMessage();
            if (m != null && m.getMessage() != null) {
                String text = m.getMessage();
                return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
            }
        }
        return fallback;
    }
}
