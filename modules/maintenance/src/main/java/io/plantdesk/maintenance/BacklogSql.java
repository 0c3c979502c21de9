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
 * Text search: the matches maint.match_work_orders found through the GIN index (it applies the
 * plant itself, DESIGN.md section 5) when they are few; when a word is common, the match as a
 * filter on the sort's own index scan under RLS, which fills a page within a few rows.
 */
final class BacklogSql {

    static final String OPEN = "w.status not in ('completed', 'closed', 'cancelled')";

    private final String sql;
    private final Map<String, Object> binds;

    private BacklogSql(String sql, Map<String, Object> binds) {
        this.sql = sql;
        this.binds = binds;
    }

    /** @param candidates the search's every match when they are few, or null to filter by the match itself */
    static BacklogSql of(BacklogQuery q, List<UUID> candidates) {
        Map<String, Object> b = new LinkedHashMap<>();
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
        if (q.text() != null && candidates != null) {
            where.append(" and w.id = any (:candidates)");
            b.put("candidates", candidates.toArray(UUID[]::new));
        } else if (q.text() != null) {
            // The same match as maint.match_work_orders, evaluated row by row under the policy.
            where.append(" and (w.search @@ websearch_to_tsquery('simple', :text) or w.number = cast(:number as int))");
            b.put("text", q.text());
            b.put("number", q.text().matches("[0-9]{1,9}") ? Integer.valueOf(q.text()) : null);
        }
        String dir = q.descending() ? " desc" : "";
        String sql = """
                select w.id, w.number, w.title, w.type, w.priority, w.status, w.asset_id, a.name as asset_name, a.code as asset_code,
                       w.due_at, w.scheduled_start, w.estimated_hours, w.tags, w.version,
                       (w.due_at < now() and %s) as overdue,
                       array(select p.display_name from maint.work_order_assignee x
                               join core.person p on p.tenant_id = x.tenant_id and p.id = x.person_id
                              where x.tenant_id = w.tenant_id and x.work_order_id = w.id order by p.display_name) as assignees
                  from maint.work_order w
                  left join maint.asset a on a.tenant_id = w.tenant_id and a.id = w.asset_id
                 where true%s
                 order by %s%s, w.number%s
                 limit :limit offset :offset""".formatted(OPEN, where, q.sort().expression(), dir, dir);
        b.put("limit", q.limit() + 1);
        b.put("offset", q.offset());
        return new BacklogSql(sql, b);
    }

    Query query(Handle h) {
        Query query = h.createQuery(sql);
        binds.forEach(query::bind);
        return query.registerRowMapper(new Mappers.BacklogRowMapper());
    }
}
