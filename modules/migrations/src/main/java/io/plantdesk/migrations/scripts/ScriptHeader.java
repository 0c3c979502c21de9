package io.plantdesk.migrations.scripts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header every V script starts with (sql/README.md): what it is for, how it is undone and how
 * long it takes. A field the script does not state is empty.
 */
public record ScriptHeader(String purpose, String rollback, String estimatedTime) {

    private static final List<String> FIELDS = List.of("Purpose", "Rollback", "Estimated time");

    /** Reads the leading comment block; a field runs on over the indented comment lines after it. */
    public static ScriptHeader parse(String sql) {
        Map<String, StringBuilder> fields = new HashMap<>();
        StringBuilder current = null;
        for (String line : sql.lines().toList()) {
            if (!line.startsWith("--")) {
                break;
            }
            String text = line.substring(2).strip();
            String field = FIELDS.stream().filter(f -> text.startsWith(f + ":")).findFirst().orElse(null);
            if (field != null) {
                current = new StringBuilder(text.substring(field.length() + 1).strip());
                fields.put(field, current);
            } else if (current != null && line.startsWith("--   ") && !text.isEmpty()) {
                current.append(' ').append(text);
            } else {
                current = null;
            }
        }
        return new ScriptHeader(get(fields, "Purpose"), get(fields, "Rollback"), get(fields, "Estimated time"));
    }

    private static String get(Map<String, StringBuilder> fields, String name) {
        StringBuilder b = fields.get(name);
        return b == null ? "" : b.toString();
    }
}
