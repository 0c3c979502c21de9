package io.plantdesk.maintenance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The backlog's SQL, built from fixed fragments only: the sort is a {@link BacklogSort} constant,
 * every value a bind parameter. The open backlog is written as the partial indexes' own predicate
 * so PostgreSQL can use them; the plant comes from the table's policy (uuid equality is
 * leakproof, so the index applies under RLS). Empty values sort as PostgreSQL's default (last going
 * up, first going down), which is the indexes' own order, so a descending sort is a backward scan.
 * Text search: first the match as a filter on the sort's first rows under RLS ({@link
 * #firstRows}), which a common word fills; when that comes back short, the matches
 * maint.match_work_orders found through the GIN index (it applies the plant itself, DESIGN.md
 * section 5, and the statuses asked for) when they are few, or the match on the whole scan.
 */
final class BacklogSql {

    static final String OPEN = "w.status not in ('completed', 'closed', 'cancelled')";

    /** The same match as maint.match_work_orders, evaluated row by row under the policy. */
    private static final String MATCH =
            " and (w.search @@ websearch_to_tsquery('simple', :text) or w.number = cast(:number as int))";

    private final String sql;
    private final Map<String, Object> binds;

    private BacklogSql(String sql, Map<String, Object> binds) {
        this.sql = sql;
        this.binds = binds;
    }

    /** @param candidates the search's every match when they are few, or null to filter by the match itself */
    static BacklogSql of(BacklogQuery q, List<UUID> candidates) {
        Map<String, Object> b = new LinkedHashMap<>();
        StringBuilder where = filters(q, b);
        if (q.text() != null && candidates != null) {
            where.append(" and w.id = any (:candidates)");
            b.put("candidates", candidates.toArray(UUID[]::new));
        } else if (q.text() != null) {
            where.append(MATCH);
            bindText(q, b);
        }
        return page(q, "maint.work_order w", where.toString(), b);
    }

    /**
     * A search's first try: the match as a filter on the first {@code walk} rows of the sort's
     * own index scan (the filters applied, under RLS). When the search is common it fills the page
     * there, in a few hundred rows, and nothing is looked up; when it comes back short the page
     * may lie further on, and {@link #of} answers instead.
     */
    static BacklogSql firstRows(BacklogQuery q, int walk) {
        Map<String, Object> b = new LinkedHashMap<>();
        String dir = q.descending() ? " desc" : "";
        String walked = "(select w.* from maint.work_order w where true" + filters(q, b) + " order by "
                + q.sort().expression() + dir + ", w.number" + dir + " limit :walk) w";
        b.put("walk", walk);
        bindText(q, b);
        return page(q, walked, MATCH, b);
    }

    private static void bindText(BacklogQuery q, Map<String, Object> b) {
        b.put("text", q.text());
        b.put("number", q.text().matches("[0-9]{1,9}") ? Integer.valueOf(q.text()) : null);
    }

    private static StringBuilder filters(BacklogQuery q, Map<String, Object> b) {
        StringBuilder where = new StringBuilder();
        if (q.statuses().isEmpty()) {
            where.append(" and ").append(OPEN);
        } else {
            where.append(" and w.status = any (:statuses)");
            b.put("statuses", q.statuses().stream().map(s -> s.dbValue()).toArray(String[]::new));
        }
        if (!q.types().isEmpty()) {
            where.append(" and w.type = any (:types)");
            b.put("types", q.types().stream().map(t -> t.dbValue()).toArray(String[]::new));
        }
        if (!q.priorities().isEmpty()) {
            where.append(" and w.priority = any (:priorities)");
            b.put("priorities", q.priorities().stream().map(p -> p.code()).toArray(Integer[]::new));
        }
        if (q.assetId() != null) {
            where.append(" and w.asset_id = :asset");
            b.put("asset", q.assetId());
        }
        if (q.assigneeId() != null) {
            where.append(" and exists (select 1 from maint.work_order_assignee x where x.tenant_id = w.tenant_id "
                    + "and x.work_order_id = w.id and x.person_id = :assignee)");
            b.put("assignee", q.assigneeId());
        }
        if (q.tag() != null) {
            where.append(" and :tag = any (w.tags)");
            b.put("tag", q.tag());
        }
        if (q.overdue()) {
            where.append(" and w.due_at < now() and ").append(OPEN);
        }
        return where;
    }

    /**
     * The page: the work orders sorted and cut to the page first, then their assets and assignees. With the
     * asset join below the limit, a search's looked-up matches (thousands for two common words) were each
     * joined to their asset before the sort, and PostgreSQL hashed the plant's every asset (50,000 at the
     * bench's million) to do it.
     */
    private static BacklogSql page(BacklogQuery q, String from, String where, Map<String, Object> b) {
        String dir = q.descending() ? " desc" : "";
        String sql = """
                select w.id, w.number, w.title, w.type, w.priority, w.status, w.asset_id, a.name as asset_name, a.code as asset_code,
                       w.due_at, w.scheduled_start, w.estimated_hours, w.tags, w.version,
                       (w.due_at < now() and %s) as overdue,
                       array(select p.display_name from maint.work_order_assignee x
                               join core.person p on p.tenant_id = x.tenant_id and p.id = x.person_id
                              where x.tenant_id = w.tenant_id and x.work_order_id = w.id order by p.display_name) as assignees
                  from (select w.* from %s where true%s order by %s%s, w.number%s limit :limit offset :offset) w
                  left join maint.asset a on a.tenant_id = w.tenant_id and a.id = w.asset_id
                 order by %s%s, w.number%s""".formatted(
                OPEN, from, where, q.sort().expression(), dir, dir, q.sort().expression(), dir, dir);
        b.put("limit", q.limit() + 1);
        b.put("offset", q.offset());
        return new BacklogSql(sql, b);
    }

    /** The statement with {@code prefix} before it (e.g. an EXPLAIN), with the same binds. */
    Query query(Handle h, String prefix) {
        Query query = h.createQuery(prefix + sql);
        binds.forEach(query::bind);
        return query;
    }

    Query query(Handle h) {
        Query query = h.createQuery(sql);
        binds.forEach(query::bind);
        return query.registerRowMapper(new Mappers.BacklogRowMapper());
    }
}
