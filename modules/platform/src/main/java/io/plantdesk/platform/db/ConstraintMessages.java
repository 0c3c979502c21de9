package io.plantdesk.platform.db;

import java.util.Map;
import org.postgresql.util.ServerErrorMessage;

/**
 * Sentences for the constraints a person can run into, so that no message quotes a raw name such
 * as {@code tenant_slug_check}. An unknown constraint gets a sentence naming its table and column
 * in plain words instead.
 */
final class ConstraintMessages {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("tenant_slug_check", "A plant's short name needs 2 to 40 lower-case letters, digits or \"-\", starting with a letter or digit."),
            Map.entry("tenant_slug_key", "A plant with that short name already exists."),
            Map.entry("tenant_name_check", "A plant's name needs 1 to 120 characters."),
            Map.entry("person_display_name_check", "Enter the person's name (up to 120 characters)."),
            Map.entry("person_phone_check", "The phone number may hold digits, spaces, ( ) - and a leading +."),
            Map.entry("person_app_role_check", "Choose admin, planner, supervisor, technician or operator."),
            Map.entry("person_login_role_check", "The login name needs 3 to 63 lower-case letters, digits, \"_\" or \".\", starting with a letter."),
            Map.entry("person_login_role_key", "That login name is already taken."));

    private ConstraintMessages() {
    }

    /** A sentence for a server-generated constraint error, or null when the message is Plantdesk's own. */
    static String sentence(String state, ServerErrorMessage m) {
        if (m == null || m.getMessage() == null) {
            return null;
        }
        String constraint = m.getConstraint();
        boolean generated = m.getMessage().contains("violates") || m.getMessage().startsWith("null value in column")
                || m.getMessage().startsWith("duplicate key value");
        if (!generated) {
            return null;
        }
        if (constraint != null && KNOWN.containsKey(constraint)) {
            return KNOWN.get(constraint);
        }
        String table = m.getTable() == null ? "this record" : "this " + words(m.getTable());
        String column = m.getColumn();
        return switch (state) {
            case "23502" -> "Fill in the " + (column == null ? "required fields" : words(column)) + " of " + table + ".";
            case "23505" -> "That value is already in use for " + table + ".";
            case "23503" -> "This refers to something that does not exist (any more), or is still in use elsewhere.";
            default -> "A value of " + table + " is not allowed"
                    + (column == null ? "" : " (" + words(column) + ")") + ".";
        };
    }

    private static String words(String identifier) {
        return identifier.replace('_', ' ');
    }
}
