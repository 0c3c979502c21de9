-- Purpose: undo V102__fleet_drop_overview_figures.sql (the function as V074 made it).
-- Rollback of: V102__fleet_drop_overview_figures.sql
-- Estimated time: instant.
create function fleet.overview_figures()
    returns table (vehicle_id uuid, month_cost numeric, last_at timestamptz, last_kind text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $fn$
#variable_conflict use_column
declare
    me uuid := core.current_tenant();
    tz text;
    month timestamptz;
    live_from timestamptz;
begin
    select t.time_zone into tz from core.tenant t where t.id = me;
    if tz is null then
        return;
    end if;
    month := core.bucket_start('month', now(), tz);
    select least(min(i.bucket_start), core.bucket_start('day', now(), tz)) into live_from
      from core.rollup_invalidation i where i.tenant_id = me and i.job = 'fleet_daily';
    return query
    with live as (
        select e.vehicle_id, coalesce(sum(e.cost) filter (where e.occurred_at >= month), 0) as cost,
               max(e.occurred_at) as last_at, (array_agg(e.kind order by e.occurred_at desc, e.kind))[1] as last_kind
          from fleet.vehicle_event e
         where e.tenant_id = me and e.occurred_at >= live_from and e.deleted_at is null
         group by e.vehicle_id
    )
    select v.id, coalesce(case when stored.day_start >= month then stored.month_to_date end, 0) + coalesce(live.cost, 0),
           coalesce(live.last_at, stored.last_at), coalesce(live.last_kind, stored.last_kind)
      from fleet.vehicle v
      left join live on live.vehicle_id = v.id
      left join lateral (select d.day_start, d.month_to_date, d.last_at, d.last_kind from fleet.cost_day d
                          where d.tenant_id = me and d.vehicle_id = v.id and d.day_start < live_from
                          order by d.day_start desc limit 1) stored on true
     where v.tenant_id = me and v.deleted_at is null;
end
$fn$;
alter function fleet.overview_figures() owner to plantdesk_security;
revoke all on function fleet.overview_figures() from public;
grant execute on function fleet.overview_figures()
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
