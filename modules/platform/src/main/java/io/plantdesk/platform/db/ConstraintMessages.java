package io.plantdesk.platform.db;

import io.plantdesk.platform.Text;
import java.util.Set;
import org.postgresql.util.ServerErrorMessage;

/**
 * Sentences for the constraints a person can run into, so that no message quotes a raw name such
 * as {@code tenant_slug_check}. An unknown constraint gets a sentence naming its table and column
 * in plain words instead.
 */
final class ConstraintMessages {

    /** Constraints with a sentence of their own: the key is "db.constraint." and the name. */
    private static final Set<String> KNOWN = Set.of(
            "tenant_slug_check",
            "tenant_slug_key",
            "tenant_name_check",
            "person_display_name_check",
            "person_phone_check",
            "person_app_role_check",
            "person_login_role_check",
            "person_login_role_key");

    private ConstraintMessages() {}

    /** A sentence for a server-generated constraint error, or null when the message is Plantdesk's own. */
    static Text sentence(String state, ServerErrorMessage m) {
        if (m == null || m.getMessage() == null) {
            return null;
        }
        String constraint = m.getConstraint();
        boolean generated = m.getMessage().contains("violates")
                || m.getMessage().startsWith("null value in column")
                || m.getMessage().startsWith("duplicate key value");
        if (!generated) {
            return null;
        }
        if (constraint != null && KNOWN.contains(constraint)) {
            return Text.platform("db.constraint." + constraint);
        }
        if (m.getTable() == null) { // a domain's check: no table to name
            return Text.platform("23505".equals(state) ? "db.in.use" : "db.refused");
        }
        String table = words(m.getTable());
        String column = m.getColumn() == null ? null : words(m.getColumn());
        return switch (state) {
            case "23502" ->
                column == null
                        ? Text.platform("db.constraint.required", table)
                        : Text.platform("db.constraint.required.column", column, table);
            case "23505" -> Text.platform("db.constraint.unique", table);
            case "23503" -> Text.platform("db.constraint.reference");
            default ->
                column == null
                        ? Text.platform("db.constraint.check", table)
                        : Text.platform("db.constraint.check.column", table, column);
        };
    }

    private static String words(String identifier) {
        return identifier.replace('_', ' ');
    }
}
