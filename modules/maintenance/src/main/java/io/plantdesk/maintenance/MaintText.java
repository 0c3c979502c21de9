package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.db.DbErrors;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;

/**
 * The maintenance module's sentences (io/plantdesk/maintenance/messages.properties) and its
 * translation of database errors: the maint schema's own constraints get a sentence each
 * ("constraint.NAME"); the rest, and the readable messages its triggers raise, go to
 * {@link DbErrors}.
 */
public final class MaintText {

    public static final String BUNDLE = "io.plantdesk.maintenance.messages";

    /** The keys of sql-messages.properties whose arguments are database words, by position. */
    private static final Map<String, List<Class<? extends Enum<?>>>> ENUM_ARGS = Map.of(
            "sql.asset.kind.under", List.of(AssetKind.class, AssetKind.class),
            "sql.wo.new.status", List.of(WorkOrderStatus.class),
            "sql.wo.transition", Arrays.asList(null, WorkOrderStatus.class, WorkOrderStatus.class));

    private MaintText() {}

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
        return inPlantWords(DbErrors.translate(e, null));
    }

    /**
     * The database raises statuses and asset kinds in its own words ("in_progress"); the ".words"
     * sentences choose the plant's words by index, so each such argument becomes its enum's ordinal
     * (-1 for a word this version does not know). The plain key stays formattable with the raw words.
     */
    static RuntimeException inPlantWords(RuntimeException e) {
        if (!(e instanceof PlantdeskException p)
                || p.messageText().isEmpty()
                || !p.messageText().get().bundle().equals(BUNDLE)) {
            return e;
        }
        Text t = p.messageText().get();
        List<Class<? extends Enum<?>>> kinds = ENUM_ARGS.get(t.key());
        if (kinds == null) {
            return e;
        }
        Object[] args = t.args().clone();
        for (int i = 0; i < Math.min(args.length, kinds.size()); i++) {
            if (kinds.get(i) != null && args[i] instanceof String word) {
                args[i] = ordinal(kinds.get(i), word);
            }
        }
        return new PlantdeskException(
                new Text(t.bundle(), t.key() + ".words", args), p.hintText().orElse(null), e.getCause());
    }

    private static int ordinal(Class<? extends Enum<?>> type, String word) {
        for (Enum<?> v : type.getEnumConstants()) {
            if (v.name().equalsIgnoreCase(word)) {
                return v.ordinal();
            }
        }
        return -1;
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
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, MaintText.class.getClassLoader())
                .containsKey(key);
    }
}
