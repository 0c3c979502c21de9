package io.plantdesk.activity.ui;

import io.plantdesk.activity.api.AuditEntry;
import io.plantdesk.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an audit-log row into a sentence a plant manager reads: "Amina Rahman changed Farzana
 * Begum's phone from +880 1711 000101 to +880 1711 000199". People are named, never their login
 * roles; tables, INSERT/UPDATE/DELETE and JSON stay out of sight. The words live in the activity
 * module's bundle (audit.*): a feature whose tables should read well adds its words there.
 */
public final class AuditSentences {

    /** Who is who: login role to name (for the person who made the change), row id to name (for its subject). */
    public record Names(Map<String, String> byLogin, Map<String, String> byId) {
        public static Names none() {
            return new Names(Map.of(), Map.of());
        }
    }

    /** Columns that say nothing to a person (keys and the plant's id). */
    private static final Set<String> HIDDEN = Set.of("id", "tenant_id");

    private AuditSentences() {}

    /** Looked up at each call, not once per JVM, so a change of language shows at once. */
    private static Messages m() {
        return Messages.of("io.plantdesk.activity.ui.messages", AuditSentences.class);
    }

    /** The person who made the change, by name; the set-up roles read as "Plantdesk set-up". */
    public static String actor(AuditEntry e, Names names) {
        String login = e.actor();
        if (login == null || login.isBlank()) {
            return m().get("audit.someone");
        }
        String name = names.byLogin().get(login);
        if (name != null) {
            return name;
        }
        return login.equals("postgres") || login.startsWith("plantdesk_")
                ? m().get("audit.setup")
                : m().get("audit.someone");
    }

    public static String sentence(AuditEntry e, Names names) {
        Map<String, String> before = FlatJson.read(e.oldValues());
        Map<String, String> after = FlatJson.read(e.newValues());
        String who = actor(e, names);
        String what = subject(e, before, after, names);
        return switch (e.action() == null ? "" : e.action().toUpperCase(Locale.ROOT)) {
            case "INSERT" -> m().get("audit.added", who, what);
            case "DELETE" -> m().get("audit.removed", who, what);
            case "UPDATE" -> changed(e, who, what, before, after);
            default -> m().get("audit.touched", who, what);
        };
    }

    private static String changed(
            AuditEntry e, String who, String what, Map<String, String> before, Map<String, String> after) {
        List<String> fields = new ArrayList<>();
        after.keySet().stream().filter(k -> !HIDDEN.contains(k)).forEach(fields::add);
        before.keySet().stream()
                .filter(k -> !HIDDEN.contains(k) && !fields.contains(k))
                .forEach(fields::add);
        if (fields.size() == 1) {
            String f = fields.getFirst();
            String from = value(e, f, before.get(f));
            String to = value(e, f, after.get(f));
            String field = field(e, f);
            if (before.get(f) == null) {
                return m().get("audit.set", who, what, field, to);
            }
            if (after.get(f) == null) {
                return m().get("audit.cleared", who, what, field, from);
            }
            return m().get("audit.changed.one", who, what, field, from, to);
        }
        List<String> words = fields.stream().map(f -> field(e, f)).toList();
        String list = words.isEmpty()
                ? m().get("audit.details")
                : words.size() == 1
                        ? words.getFirst()
                        : m().get("audit.and", String.join(", ", words.subList(0, words.size() - 1)), words.getLast());
        return m().get("audit.changed.many", who, what, list);
    }

    /** "Farzana Begum" for a person; "a work order" style for other rows. */
    private static String subject(AuditEntry e, Map<String, String> before, Map<String, String> after, Names names) {
        String name = after.getOrDefault("display_name", before.get("display_name"));
        if (name == null && e.rowId() != null) {
            name = names.byId().get(e.rowId());
        }
        if (name != null) {
            return name;
        }
        return m().get("audit.a", area(e.tableName()));
    }

    /** A table as plant words ("person" for core.person). */
    public static String area(String table) {
        String key = "audit.area." + table;
        String word = m().get(key);
        return word.equals("!" + key + "!")
                ? plain(table == null ? "" : table.substring(table.indexOf('.') + 1))
                : word;
    }

    private static String field(AuditEntry e, String column) {
        String key = "audit.field." + column;
        String word = m().get(key);
        return word.equals("!" + key + "!") ? plain(column) : word;
    }

    /** A value as people say it: role and status words, "nothing" for empty. */
    private static String value(AuditEntry e, String column, String raw) {
        if (raw == null || raw.isEmpty()) {
            return m().get("audit.nothing");
        }
        String key = "audit.value." + column + "." + raw.toLowerCase(Locale.ROOT);
        String word = m().get(key);
        return word.equals("!" + key + "!") ? raw : word;
    }

    /** "display_name" reads "display name": better than a column name, for tables without words yet. */
    private static String plain(String column) {
        return column.replace('_', ' ');
    }
}
