package io.plantdesk.platform.db;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
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

    private DbErrors() {}

    public static PlantdeskException translate(SQLException e, ConnectionProfile profile) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = profile == null ? "?" : profile.host() + ":" + profile.port(); // a key argument: no English here
        if (isTls(e)) {
            return tlsFailed(profile, e);
        }
        return switch (state) {
            case "28P01", "28000" ->
                new PlantdeskException(Text.platform("db.login.wrong"), Text.platform("db.login.wrong.hint"), e);
            case "3D000" ->
                new PlantdeskException(
                        Text.platform("db.no.database", profile == null ? "?" : profile.database(), where),
                        Text.platform("db.no.database.hint"),
                        e);
            case "08001", "08004", "08006", "08000", "08003" -> unreachable(profile, e);
            case "53300" ->
                serverText(e, "").contains("connection budget") // the plant's budget (V021): its own sentence
                        ? new PlantdeskException(
                                serverText(e, Text.platform("db.server.connections")),
                                Text.platform("db.plant.connections.hint"),
                                e)
                        : serverText(e, "").contains("for role")
                                ? new PlantdeskException(
                                        Text.platform("db.login.connections"),
                                        Text.platform("db.login.connections.hint"),
                                        e)
                                : new PlantdeskException(
                                        Text.platform("db.server.connections"),
                                        Text.platform("db.server.connections.hint"),
                                        e);
            // Waits are bounded per login (V010); each says what it waited for.
            case "57014" ->
                new PlantdeskException(
                        Text.platform("db.statement.timeout"), Text.platform("db.statement.timeout.hint"), e);
            case "55P03" ->
                new PlantdeskException(Text.platform("db.lock.timeout"), Text.platform("db.lock.timeout.hint"), e);
            case "25P03" ->
                new PlantdeskException(Text.platform("db.idle.timeout"), Text.platform("db.idle.timeout.hint"), e);
            case "57P01", "57P02", "57P03" ->
                new PlantdeskException(
                        Text.platform("db.server.restarting"), Text.platform("db.server.restarting.hint"), e);
            // Raw privilege errors name tables and functions; Plantdesk's own checks already read well.
            case "42501" ->
                new PlantdeskException(
                        serverText(e, "").startsWith("Permission denied")
                                ? Text.platform("db.not.allowed")
                                : serverText(e, Text.platform("db.not.allowed")),
                        Text.platform("db.not.allowed.hint"),
                        e);
            case "40001", "40P01" ->
                new PlantdeskException(
                        serverText(e, Text.platform("db.concurrent")), Text.platform("db.concurrent.hint"), e);
            case "23505", "23514", "23502", "23503" -> new PlantdeskException(constraintText(e, state), null, e);
            case "22023", "22001", "22P02", "02000" ->
                new PlantdeskException(serverText(e, Text.platform("db.refused")), null, e);
            default -> {
                if (isNetwork(e)) {
                    yield unreachable(profile, e);
                }
                Text keyed = keyed(e);
                yield new PlantdeskException(
                        keyed != null
                                ? keyed
                                : Text.platform("db.other", serverText(e, String.valueOf(e.getMessage()))),
                        Text.platform("db.other.hint"),
                        e);
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
            return new PlantdeskException(Text.platform("db.local.down"), Text.platform("db.local.down.hint"), cause);
        }
        if (cause != null && isTls(cause)) {
            return tlsFailed(profile, cause);
        }
        if (onThisComputer(profile, cause)) { // loopback: no cable or Wi-Fi involved (probe of issue 13, round 2)
            return new PlantdeskException(
                    profile == null
                            ? Text.platform("db.loopback.down")
                            : Text.platform("db.loopback.down.at", profile.host() + ":" + profile.port()),
                    Text.platform("db.loopback.down.hint"),
                    cause);
        }
        Text message = profile == null
                ? Text.platform("db.unreachable")
                : Text.platform("db.unreachable.at", profile.host() + ":" + profile.port());
        return new PlantdeskException(message, Text.platform("db.unreachable.hint"), cause);
    }

    /**
     * A TLS failure is not a network failure: the server answered, but the secure connection the
     * profile asks for could not be made. The message says which part failed.
     */
    public static PlantdeskException tlsFailed(ConnectionProfile profile, Throwable cause) {
        String where = profile == null ? "?" : profile.host() + ":" + profile.port(); // a key argument: no English here
        String text = String.valueOf(messages(cause)).toLowerCase(Locale.ROOT);
        if (text.contains("does not support ssl")) {
            return new PlantdeskException(
                    Text.platform("db.tls.none", where), Text.platform("db.tls.none.hint"), cause);
        }
        if (text.contains("certificate")
                || text.contains("pkix")
                || text.contains("hostname")
                || text.contains("root.crt")) {
            return new PlantdeskException(
                    Text.platform("db.tls.certificate", where), Text.platform("db.tls.certificate.hint"), cause);
        }
        return new PlantdeskException(
                Text.platform("db.tls.failed", where), Text.platform("db.tls.failed.hint"), cause);
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

    /** A local profile, or (without one) a failure that names a loopback address. */
    private static boolean onThisComputer(ConnectionProfile profile, Throwable cause) {
        if (profile != null) {
            return SslMode.isLocal(profile.host());
        }
        String text = cause == null ? "" : messages(cause);
        return text.contains("localhost:") || text.contains("127.0.0.1") || text.contains("[::1]");
    }

    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t.getMessage()).append(' ');
        }
        return b.toString();
    }

    private static Text constraintText(SQLException e, String state) {
        if (e instanceof PSQLException p) {
            Text sentence = ConstraintMessages.sentence(state, p.getServerErrorMessage());
            if (sentence != null) {
                return sentence;
            }
        }
        return serverText(e, Text.platform("23505".equals(state) ? "db.in.use" : "db.refused"));
    }

    private static boolean isNetwork(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The server's own sentence as a message: Plantdesk's SQL functions raise readable English
     * (sql/migrations), which the key passes through as its argument.
     */
    private static Text serverText(SQLException e, Text fallback) {
        Text keyed = keyed(e);
        if (keyed != null) {
            return keyed; // one of core's own sentences, in the person's language
        }
        String text = serverText(e, "");
        return text.isEmpty() ? fallback : Text.platform("db.server.says", text);
    }

    /** One of the sentences Plantdesk's SQL functions raise, as its key (SqlMessages), or null. */
    private static Text keyed(SQLException e) {
        return e instanceof PSQLException p && p.getServerErrorMessage() != null
                ? SqlMessages.sentence(p.getServerErrorMessage().getMessage())
                : null;
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
