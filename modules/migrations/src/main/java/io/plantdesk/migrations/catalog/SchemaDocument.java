package io.plantdesk.migrations.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * sql/SCHEMA.md, generated from a golden snapshot: per schema, each table with its columns,
 * constraints, indexes, triggers and policies; then views and functions. A DBA reads the schema
 * of a release without a database.
 */
public final class SchemaDocument {

    private SchemaDocument() {}

    public static String markdown(String version, CatalogSnapshot snapshot) {
        Map<String, String> o = snapshot.objects();
        StringBuilder b = new StringBuilder("# Plantdesk schema at V")
                .append(version)
                .append("\n\n")
                .append("Generated from sql/baseline/ by `plantdesk migrations snapshot`; do not edit by hand.\n");
        Map<String, List<String>> tablesBySchema = new TreeMap<>();
        o.keySet().stream()
                .filter(k -> k.startsWith("table "))
                .map(k -> k.substring(6))
                .forEach(t -> tablesBySchema
                        .computeIfAbsent(t.substring(0, t.indexOf('.')), s -> new ArrayList<>())
                        .add(t));
        for (var schema : tablesBySchema.entrySet()) {
            b.append("\n## Schema ").append(schema.getKey()).append("\n");
            for (String table : schema.getValue()) {
                b.append("\n### ").append(table).append("\n\n");
                String attrs = o.get("table " + table);
                if (!attrs.isBlank()) {
                    b.append(attrs).append(".\n\n");
                }
                comment(o, "table " + table, b);
                b.append("| column | type |\n|---|---|\n");
                o.forEach((k, v) -> {
                    if (k.startsWith("column " + table + ".")
                            && k.indexOf('.', ("column " + table + ".").length()) < 0) {
                        b.append("| ")
                                .append(k.substring(("column " + table + ".").length()))
                                .append(" | ")
                                .append(cell(v))
                                .append(" |\n");
                    }
                });
                list(o, "constraint " + table + ".", "Constraints", b);
                list(o, "trigger " + table + ".", "Triggers", b);
                list(o, "policy " + table + ".", "Policies", b);
                StringBuilder indexes = new StringBuilder();
                o.forEach((k, v) -> {
                    if (k.startsWith("index ") && v.contains(" ON " + table + " ")) {
                        indexes.append("- `").append(v).append("`\n");
                    }
                });
                if (!indexes.isEmpty()) {
                    b.append("\nIndexes:\n").append(indexes);
                }
                o.forEach((k, v) -> {
                    if (k.equals("grant table " + table)) {
                        b.append("\nGrants: ").append(v).append('\n');
                    }
                });
            }
        }
        b.append("\n## Views\n\n");
        o.forEach((k, v) -> {
            if (k.startsWith("view ")) {
                b.append("- ")
                        .append(k.substring(5))
                        .append(": `")
                        .append(v.replace("`", "'"))
                        .append("`\n");
            }
        });
        b.append("\n## Functions\n\n");
        o.forEach((k, v) -> {
            if (k.startsWith("function ")) {
                b.append("- `").append(k.substring(9)).append('`');
                String owner = o.get("owner function " + k.substring(9));
                if (owner != null) {
                    b.append(" (owner ").append(owner).append(')');
                }
                b.append('\n');
            }
        });
        return b.toString();
    }

    private static void list(Map<String, String> o, String prefix, String title, StringBuilder b) {
        StringBuilder items = new StringBuilder();
        o.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                items.append("- ")
                        .append(k.substring(prefix.length()))
                        .append(": `")
                        .append(v.replaceAll("\\s+", " "))
                        .append("`\n");
            }
        });
        if (!items.isEmpty()) {
            b.append('\n').append(title).append(":\n").append(items);
        }
    }

    private static void comment(Map<String, String> o, String key, StringBuilder b) {
        String c = o.get("comment " + key);
        if (c != null) {
            b.append(c).append("\n\n");
        }
    }

    private static String cell(String v) {
        return v.replace("|", "\\|").replaceAll("\\s+", " ");
    }
}
