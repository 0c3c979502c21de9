package io.plantdesk.fleet;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which column of the file feeds which field (0-based column numbers), and how its dates are
 * written when not ISO ({@code dateOrder}, null while nobody has chosen). {@link #guess} reads the
 * header as LubeLogger's importer would, and the order from the dates when they settle it; the
 * mapping step shows both and lets a person change them.
 */
public record ColumnMapping(ImportKind kind, Map<String, Integer> columns, DateOrder dateOrder) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    /** Dates month first, as LubeLogger writes them by default (en-US). */
    public ColumnMapping(ImportKind kind, Map<String, Integer> columns) {
        this(kind, columns, DateOrder.MONTH_FIRST);
    }

    /**
     * The header's guess, with the date order the file's Date column settles (a first number above
     * 12 means day first); null when its dates fit both orders, for the person to choose.
     */
    public static ColumnMapping guess(ImportKind kind, LubeLoggerImport.ImportFile file) {
        ColumnMapping m = guess(kind, file.header());
        return m.withDateOrder(m.detectDateOrder(file).orElse(null));
    }

    /** The order this mapping's Date column settles in {@code file} (see {@link DateOrder#detect}). */
    public Optional<DateOrder> detectDateOrder(LubeLoggerImport.ImportFile file) {
        return dates(file).flatMap(d -> DateOrder.detect(d));
    }

    /** Whether a date in this mapping's Date column is written day and month (not ISO), so the order matters. */
    public boolean needsDateOrder(LubeLoggerImport.ImportFile file) {
        return dates(file).map(d -> d.stream().anyMatch(DateOrder::isLocal)).orElse(false);
    }

    private Optional<List<String>> dates(LubeLoggerImport.ImportFile file) {
        OptionalInt date = column("Date");
        return date.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        file.rows().stream().map(r -> r.field(date.getAsInt())).toList());
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
        return new ColumnMapping(kind, next, dateOrder);
    }

    public ColumnMapping withDateOrder(DateOrder order) {
        return new ColumnMapping(kind, columns, order);
    }
}
