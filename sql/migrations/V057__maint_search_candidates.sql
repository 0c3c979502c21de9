-- Purpose: the backlog's full-text search without ranking every match (issue 14). The search
--          function of V023 ranked all of a plant's matches before keeping the best 10,000, which
--          for a common word meant ranking hundreds of thousands of rows (about 800 ms at 20k rows
--          under load), only for the backlog to sort them again by its own key. This one returns
--          the plant's matches through the GIN index in no order, at most p_cap of them, so a
--          common word stops after p_cap rows. The backlog sorts a short list itself; a word with
--          p_cap matches or more is common enough that the backlog's own ordered index scan,
--          filtered by the match under RLS, fills a page within a few rows.
-- Rollback: U057__maint_search_candidates.sql
-- Estimated time: instant (one new function).

create function maint.match_work_orders(p_query text, p_cap int)
    returns table (id uuid)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    -- As in maint.search_work_orders: the plant's predicate written here (the definer bypasses
    -- RLS, so the GIN index applies), and the number cast only inside a CASE.
    with me as (select core.current_tenant() as t),
         q as (select websearch_to_tsquery('simple', left(coalesce(p_query, ''), 200)) as tsq,
                      case when trim(p_query) ~ '^[0-9]{1,9}$' then trim(p_query)::int end as num)
    select w.id
      from maint.work_order w, me, q
     where w.tenant_id = me.t
       and (w.search @@ q.tsq or w.number = q.num)
     limit least(greatest(p_cap, 1), 100000)
$$;
alter function maint.match_work_orders(text, int) owner to plantdesk_security;
revoke all on function maint.match_work_orders(text, int) from public;
grant execute on function maint.match_work_orders(text, int) to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
