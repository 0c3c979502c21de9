package io.plantdesk.fleet;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Which column of the file feeds which field (0-based column numbers). {@link #guess} reads the
 * header as LubeLogger's importer would; the mapping step shows it and lets a person change it.
 */
public record ColumnMapping(ImportKind kind, Map<String, Integer> columns) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    public static ColumnMapping guess(ImportKind kind, List<String> header) {
        Map<String, Integer> found = new HashMap<>();
        for (ImportKind.Field f : kind.fields()) {
            for (int i = 0; i < header.size(); i++) {
                if (f.aliases().contains(header.get(i).trim().toLowerCase(Locale.ROOT))) {
                    found.put(f.name(), i);
                    break;
                }
            }
        }
        return new ColumnMapping(kind, found);
    }

    public OptionalInt column(String field) {
        Integer c = columns.get(field);
        return c == null ? OptionalInt.empty() : OptionalInt.of(c);
    }

    /** The required fields no column feeds (the import cannot start while any is missing). */
    public List<String> missing() {
        return kind.fields().stream()
                .filter(f -> f.required() && !columns.containsKey(f.name()))
                .map(ImportKind.Field::name)
                .toList();
    }

    public ColumnMapping with(String field, int column) {
        Map<String, Integer> next = new HashMap<>(columns);
        next.put(field, column);
        return new ColumnMapping(kind, next);
    }
}
