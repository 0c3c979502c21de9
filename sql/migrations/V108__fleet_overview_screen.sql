-- Purpose: the fleet overview's opening and refresh read is one statement (issue 17): the totals
--          line and the list's first page were two statements, each a round trip, and the page's
--          query was planned at each call across the events' monthly partitions (48 at the
--          bench's ten million), which cost more than running it. fleet.overview_screen returns
--          the totals as its first row and then the page's vehicles, each by the same definition
--          as overviewTotals.sql and overviewPage.sql (every figure from fleet.vehicle_state, the
--          events read only for a row computed in an earlier month with an event dated in this
--          one). A plpgsql function with a generic plan, as core.activity_summary: planned once
--          per session, the partitions pruned at run time.
-- Rollback: U108__fleet_overview_screen.sql
-- Estimated time: instant (a new function).

-- The first row is the plant's (id null): vehicles, to_review and month_cost of the whole live
-- fleet and the plant's zone; then the next p_limit live vehicles after p_after by plate (null:
-- the first page), in that order, zone null.
-- SECURITY INVOKER: row-level security keeps it to the caller's plant.
create function fleet.overview_screen(p_after text, p_limit int)
    returns table (id uuid, plate text, make text, model text, status text, odometer_unit text, last_kind text,
                   last_at timestamptz, month_cost numeric, to_review int, next_title text, next_state text,
                   next_due_on date, next_due_odometer numeric, vehicles int, zone text)
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
    set plan_cache_mode = force_generic_plan
as $fn$
#variable_conflict use_column
begin
    return query
    with plant as (
        select core.bucket_start('month', now(), t.time_zone) as month_start, t.time_zone
          from core.tenant t
         where t.id = core.current_tenant()
    ), fleet_rows as (
        select v.tenant_id, v.id, v.plate, v.make, v.model, v.status, v.odometer_unit, s.last_kind, s.last_at,
               coalesce(s.to_review, 0) as to_review,
               case when s.cost_month = p.month_start then s.month_cost
                    when s.last_at is null or s.last_at < p.month_start then 0
                    else (select coalesce(sum(e.cost), 0) from fleet.vehicle_event e
                           where e.tenant_id = v.tenant_id and e.vehicle_id = v.id and e.deleted_at is null
                             and e.occurred_at >= p.month_start
                             and e.occurred_at < core.bucket_end('month', p.month_start, p.time_zone)) end
                   as month_cost
          from plant p
         cross join fleet.vehicle v
          left join fleet.vehicle_state s on s.tenant_id = v.tenant_id and s.vehicle_id = v.id
         where v.deleted_at is null
    ), page as (
        select f.* from fleet_rows f
         where p_after is null or f.plate > p_after
         order by f.plate
         limit greatest(p_limit, 0)
    ), next as (
        -- Ordered as the reminders list orders them.
        select distinct on (r.vehicle_id) r.vehicle_id, r.title, r.state, r.due_on, r.due_odometer
          from fleet.reminder_status r
         where r.done_at is null and r.vehicle_id in (select page.id from page)
         order by r.vehicle_id, case r.state when 'overdue' then 0 when 'due_soon' then 1 else 2 end,
                  r.days_left nulls last, r.distance_left nulls last, r.id
    )
    select x.id, x.plate, x.make, x.model, x.status, x.odometer_unit, x.last_kind, x.last_at, x.month_cost, x.to_review,
           x.next_title, x.next_state, x.next_due_on, x.next_due_odometer, x.vehicles, x.zone
      from (select 0::bigint as n, null::uuid as id, null::text as plate, null::text as make, null::text as model,
                   null::text as status, null::text as odometer_unit, null::text as last_kind,
                   null::timestamptz as last_at, coalesce(sum(f.month_cost), 0)::numeric as month_cost,
                   coalesce(sum(f.to_review), 0)::int as to_review, null::text as next_title, null::text as next_state,
                   null::date as next_due_on, null::numeric as next_due_odometer, count(*)::int as vehicles,
                   (select plant.time_zone from plant) as zone
              from fleet_rows f
            union all
            select row_number() over (order by pg.plate), pg.id, pg.plate, pg.make, pg.model, pg.status,
                   pg.odometer_unit, pg.last_kind, pg.last_at, pg.month_cost::numeric, pg.to_review::int, n.title,
                   n.state, n.due_on, n.due_odometer::numeric, null::int, null::text
              from page pg
              left join next n on n.vehicle_id = pg.id) x
     order by x.n;
end
$fn$;
revoke all on function fleet.overview_screen(text, int) from public;
grant execute on function fleet.overview_screen(text, int)
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
