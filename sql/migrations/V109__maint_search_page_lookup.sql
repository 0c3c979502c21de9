-- Purpose: a search whose matches are looked up returns the page's work orders already sorted
--          (issue 14's bench: two common words, about 2,800 open matches at a million). The
--          lookup (V096) returned every match's id; the page then fetched each of them again by
--          key to sort them and keep 101: every match's row visited twice, the second time one
--          random heap page each. This overload sorts the matches where it finds them (the bitmap
--          scan reads their rows anyway) and returns only the first p_first of the sort, with the
--          number of matches (at most p_cap, which tells the caller when the words are too common
--          to look up). Used when the search has no other filter than the statuses; the sort is
--          one of the backlog's closed list, its expression chosen here, never sent as text.
-- Rollback: U109__maint_search_page_lookup.sql
-- Estimated time: instant (a new function).

create function maint.match_work_orders(p_query text, p_cap int, p_statuses text[], p_sort text, p_desc boolean,
                                        p_first int)
    returns table (id uuid, matches int)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $fn$
declare
    -- As V096's: the plant written here (the definer bypasses RLS, so the GIN index applies), the
    -- open backlog's predicate written as the partial index's own.
    open_only constant boolean := p_statuses is not null and cardinality(p_statuses) > 0
        and not (p_statuses && array['completed', 'closed', 'cancelled']);
    -- BacklogSort's expressions; an unknown name sorts by number (the page sorts again anyway).
    sort_key constant text := case p_sort
        when 'due' then 'w.due_at' when 'priority' then 'w.priority' when 'scheduled' then 'w.scheduled_start'
        when 'requested' then 'w.requested_at' when 'updated' then 'w.updated_at' when 'title' then 'lower(w.title)'
        else 'w.number' end;
    dir constant text := case when p_desc then ' desc' else '' end;
begin
    return query execute
        'select m.id, m.matches from (select w.id, w.number, ' || sort_key || ' as k, (count(*) over ())::int as matches '
        'from (select w.* from maint.work_order w '
        'where w.tenant_id = core.current_tenant() '
        '  and (w.search @@ websearch_to_tsquery(''simple'', $1) or w.number = $2) '
        || case when p_statuses is null then '' else ' and w.status = any ($3)' end
        || case when open_only then ' and w.status not in (''completed'', ''closed'', ''cancelled'')' else '' end
        || ' limit $4) w) m order by m.k' || dir || ', m.number' || dir || ' limit $5'
        using left(coalesce(p_query, ''), 200),
              case when trim(p_query) ~ '^[0-9]{1,9}$' then trim(p_query)::int end,
              p_statuses,
              least(greatest(p_cap, 1), 100000),
              least(greatest(p_first, 1), 100000);
end
$fn$;
alter function maint.match_work_orders(text, int, text[], text, boolean, int) owner to plantdesk_security;
revoke all on function maint.match_work_orders(text, int, text[], text, boolean, int) from public;
grant execute on function maint.match_work_orders(text, int, text[], text, boolean, int) to plantdesk_admin,
    plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
