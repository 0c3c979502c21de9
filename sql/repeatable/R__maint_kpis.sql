-- The maintenance KPIs' figures per day and asset for [p_from, p_to), exact at any moment: closed
-- days whose rollup is current come from maint.kpi_daily; today and any closed day still waiting
-- for the rollup engine ('maintenance_daily') are computed live by maint.kpi_rows, the same
-- definition the rollup uses. SECURITY INVOKER: row-level security keeps it to the caller's plant.
create or replace function maint.kpi_days(p_from timestamptz, p_to timestamptz)
    returns table (day_start timestamptz, asset_id uuid, completed int, failures int, repair_hours numeric,
                   reactive_hours numeric, proactive_hours numeric, pm_due int, pm_on_time int)
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $fn$
#variable_conflict use_column
declare
    tz text;
    today timestamptz;
    live timestamptz[];
begin
    select t.time_zone into tz from core.tenant t where t.id = core.current_tenant();
    if tz is null then
        return;
    end if;
    today := core.bucket_start('day', now(), tz);
    select array_agg(s) into live from (
        select i.bucket_start as s from core.rollup_invalidation i
         where i.job = 'maintenance_daily' and i.bucket_start >= p_from and i.bucket_start < p_to and i.bucket_start < today
        union
        select today where today >= core.bucket_start('day', p_from, tz) and today < p_to) x;
    return query
    select k.day_start, k.asset_id, k.completed, k.failures, k.repair_hours, k.reactive_hours, k.proactive_hours,
           k.pm_due, k.pm_on_time
      from maint.kpi_daily k
     where k.day_start >= p_from and k.day_start < p_to and k.day_start < today
       and not (k.day_start = any (coalesce(live, '{}')))
    union all
    select * from maint.kpi_rows(core.current_tenant(), coalesce(live, '{}'), tz);
end
$fn$;
revoke all on function maint.kpi_days(timestamptz, timestamptz) from public;
-- The KPI dashboard is the planners' and admins' (only they may read the engine's invalidations).
grant execute on function maint.kpi_days(timestamptz, timestamptz) to plantdesk_admin, plantdesk_planner;
