package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A backlog query as the text a saved filter keeps ({@code s=APPROVED,ON_HOLD;t=;...;sort=DUE:desc}):
 * enum names, ids and URL-encoded search text, so that a newer client's filter an older one cannot
 * read fails as a whole ({@link IllegalArgumentException}) instead of half applying.
 */
public final class BacklogQueryCodec {

    private BacklogQueryCodec() {}

    public static String encode(BacklogQuery q) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("s", names(q.statuses()));
        m.put("t", names(q.types()));
        m.put("p", names(q.priorities()));
        m.put("a", q.assetId() == null ? "" : q.assetId().toString());
        m.put("u", q.assigneeId() == null ? "" : q.assigneeId().toString());
        m.put("o", q.overdue() ? "1" : "");
        m.put("q", q.text() == null ? "" : URLEncoder.encode(q.text(), StandardCharsets.UTF_8));
        m.put("sort", q.sort().name() + (q.descending() ? ":desc" : ""));
        return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    /** The query, on its first page of {@code pageSize}. */
    public static BacklogQuery decode(String encoded, int pageSize) {
        Map<String, String> m = new HashMap<>();
        for (String part : encoded.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        String[] sort = m.getOrDefault("sort", "PRIORITY").split(":");
        String text = m.getOrDefault("q", "");
        return new BacklogQuery(
                set(m.get("s"), WorkOrderStatus::valueOf),
                set(m.get("t"), WorkOrderType::valueOf),
                set(m.get("p"), Priority::valueOf),
                uuid(m.get("a")),
                uuid(m.get("u")),
                null,
                "1".equals(m.get("o")),
                text.isEmpty() ? null : URLDecoder.decode(text, StandardCharsets.UTF_8),
                BacklogSort.valueOf(sort[0]),
                sort.length > 1,
                0,
                pageSize);
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
}
