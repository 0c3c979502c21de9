package io.plantdesk.fleet;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.db.DbErrors;
import java.sql.SQLException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;

/**
 * The fleet module's sentences (io/plantdesk/fleet/messages.properties) and its
 * translation of database errors: the fleet schema's own constraints get a sentence each
 * ("constraint.NAME"); the rest, and the readable messages its triggers raise, go to
 * {@link DbErrors}.
 */
public final class FleetText {

    public static final String BUNDLE = "io.plantdesk.fleet.messages";

    private FleetText() {}

    public static Text of(String key, Object... args) {
        return new Text(BUNDLE, key, args);
    }

    public static PlantdeskException error(String key, Object... args) {
        return new PlantdeskException(of(key, args), null);
    }

    /** A Jdbi failure as a sentence a person can act on. */
    public static RuntimeException translate(JdbiException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException p && p.getServerErrorMessage() != null) {
                String constraint = p.getServerErrorMessage().getConstraint();
                String message = p.getServerErrorMessage().getMessage();
                boolean generated =
                        message != null && (message.contains("violates") || message.startsWith("duplicate key"));
                if (constraint != null && generated && has("constraint." + constraint)) {
                    return new PlantdeskException(of("constraint." + constraint), null, e);
                }
            }
            if (t instanceof SQLException) {
                break;
            }
        }
        return DbErrors.translate(e, null);
    }

    /** Whether the state was a unique violation of the named constraint (a repeated key, say). */
    static boolean isUniqueViolation(JdbiException e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException p && "23505".equals(p.getSQLState())) {
                return p.getServerErrorMessage() != null
                        && constraint.equals(p.getServerErrorMessage().getConstraint());
            }
        }
        return false;
    }

    private static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, FleetText.class.getClassLoader())
                .containsKey(key);
    }
}
