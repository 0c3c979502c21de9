-- Purpose: the backlog search's lookup reads only the work orders it can show (issue 14's bench
--          at a million): maint.match_work_orders(text, int) found every status's matches, so
--          the open backlog's search visited three times the rows it kept, and being a plain SQL
--          function its plan was made once for any word (a common one went through the GIN
--          bitmap, 0.6 s for 20,000 rows). The new overload takes the statuses asked for, uses a
--          GIN index of the open work orders when they are all open statuses, and plans each call
--          for its own words.
-- Rollback: U096__maint_search_open_matches.sql
-- Estimated time: about 30 s per million work orders (the open work orders' GIN index).

create index work_order_open_search on maint.work_order using gin (search)
    where status not in ('completed', 'closed', 'cancelled');

create function maint.match_work_orders(p_query text, p_cap int, p_statuses text[])
    returns table (id uuid)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $fn$
declare
    -- The plant's predicate written here (the definer bypasses RLS, so the GIN index applies),
    -- the number cast only when it is one; the open backlog's predicate written as the partial
    -- index's own.
    open_only constant boolean := p_statuses is not null and cardinality(p_statuses) > 0
        and not (p_statuses && array['completed', 'closed', 'cancelled']);
begin
    return query execute
        'select w.id from maint.work_order w '
        'where w.tenant_id = core.current_tenant() '
        '  and (w.search @@ websearch_to_tsquery(''simple'', $1) or w.number = $2) '
        || case when p_statuses is null then '' else ' and w.status = any ($3)' end
        || case when open_only then ' and w.status not in (''completed'', ''closed'', ''cancelled'')' else '' end
        || ' limit $4'
        using left(coalesce(p_query, ''), 200),
              case when trim(p_query) ~ '^[0-9]{1,9}$' then trim(p_query)::int end,
              p_statuses,
              least(greatest(p_cap, 1), 100000);
end
$fn$;
alter function maint.match_work_orders(text, int, text[]) owner to plantdesk_security;
revoke all on function maint.match_work_orders(text, int, text[]) from public;
grant execute on function maint.match_work_orders(text, int, text[]) to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
