package io.plantdesk.maintenance.ui.backlog;

import io.plantdesk.maintenance.BacklogQuery;
import io.plantdesk.maintenance.BacklogSort;
import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person's saved backlog filters, as one value of the backlog's settings section: an entry per
 * filter, "person/name/filters", entries joined by "|", so that people sharing a floor PC each see
 * their own. Names and search text are URL-encoded (no "/", "|" or escapes the settings file would
 * mangle); an entry that does not read (edited by hand) is skipped.
 */
public final class SavedFilters {

    /** One saved filter: its name and the query it restores (first page). */
    public record Named(String name, BacklogQuery query) {
    }

    private SavedFilters() {
    }

    /** The filters {@code person} saved, in the order saved. */
    public static List<Named> of(String stored, UUID person) {
        List<Named> out = new ArrayList<>();
        for (String line : lines(stored)) {
            String[] f = line.split("/", -1);
            if (f.length == 3 && f[0].equals(person.toString())) {
                try {
                    out.add(new Named(decode(f[1]), query(f[2])));
                } catch (IllegalArgumentException e) {
                    // a hand-edited line that does not read is left out, the others still work
                }
            }
        }
        return out;
    }

    /** The stored value with {@code person}'s filter {@code name} saved (replacing one of that name). */
    public static String with(String stored, UUID person, String name, BacklogQuery q) {
        List<String> kept = new ArrayList<>(without(lines(stored), person, name));
        kept.add(person + "/" + encode(name) + "/" + encode(q));
        return String.join("|", kept);
    }

    /** The stored value without {@code person}'s filter {@code name}. */
    public static String without(String stored, UUID person, String name) {
        return String.join("|", without(lines(stored), person, name));
    }

    private static List<String> without(List<String> lines, UUID person, String name) {
        String prefix = person + "/" + encode(name) + "/";
        return lines.stream().filter(l -> !l.startsWith(prefix)).toList();
    }

    private static List<String> lines(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split("\\|")).filter(l -> !l.isBlank()).toList();
    }

    static String encode(BacklogQuery q) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("s", names(q.statuses()));
        m.put("t", names(q.types()));
        m.put("p", names(q.priorities()));
        m.put("a", q.assetId() == null ? "" : q.assetId().toString());
        m.put("u", q.assigneeId() == null ? "" : q.assigneeId().toString());
        m.put("o", q.overdue() ? "1" : "");
        m.put("q", q.text() == null ? "" : encode(q.text()));
        m.put("sort", q.sort().name() + (q.descending() ? ":desc" : ""));
        return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    static BacklogQuery query(String encoded) {
        Map<String, String> m = new HashMap<>();
        for (String part : encoded.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        String[] sort = m.getOrDefault("sort", "PRIORITY").split(":");
        return new BacklogQuery(set(m.get("s"), WorkOrderStatus::valueOf), set(m.get("t"), WorkOrderType::valueOf),
                set(m.get("p"), Priority::valueOf), uuid(m.get("a")), uuid(m.get("u")), null, "1".equals(m.get("o")),
                m.getOrDefault("q", "").isEmpty() ? null : decode(m.get("q")), BacklogSort.valueOf(sort[0]),
                sort.length > 1, 0, BacklogViewModel.PAGE_SIZE);
    }

    private static <E extends Enum<E>> String names(Set<E> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E> Set<E> set(String v, Function<String, E> parse) {
        if (v == null || v.isBlank()) {
            return Set.of();
        }
        Set<E> out = new LinkedHashSet<>();
        for (String s : v.split(",")) {
            out.add(parse.apply(s));
        }
        return out;
    }

    private static UUID uuid(String v) {
        return v == null || v.isBlank() ? null : UUID.fromString(v);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
