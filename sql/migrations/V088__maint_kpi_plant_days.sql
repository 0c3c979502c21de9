-- Purpose: the KPI dashboard reads a handful of rows (issue 14): the 'maintenance_daily' job also
--          writes the plant's day totals (maint.kpi_plant_daily, one row a day: the sum of that
--          day's per-asset rows), so a period's figures and weekly trends are a row a day, not a
--          row per machine and day (40,000 rows for 30 days at 50,000 machines, totalled in
--          Java). The same job and invalidations keep both tables, in one transaction; the
--          machines with failures (MTBF) read a partial index of the per-asset rows instead.
--          Schedule compliance gets an index on the scheduled start of every work order.
-- Rollback: U088__maint_kpi_plant_days.sql
-- Estimated time: about 3 s per million work orders (the schedule index; day totals from the rollup).

create table maint.kpi_plant_daily (
    tenant_id       uuid not null references core.tenant (id),
    day_start       timestamptz not null,
    completed       int not null check (completed >= 0),
    failures        int not null check (failures >= 0),
    repair_hours    numeric(14, 2) not null check (repair_hours >= 0),
    reactive_hours  numeric(14, 2) not null check (reactive_hours >= 0),
    proactive_hours numeric(14, 2) not null check (proactive_hours >= 0),
    pm_due          int not null check (pm_due >= 0),
    pm_on_time      int not null check (pm_on_time >= 0 and pm_on_time <= pm_due),
    primary key (tenant_id, day_start)
);
select core.enable_tenant_rls('maint.kpi_plant_daily');
grant select on maint.kpi_plant_daily to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician,
    plantdesk_operator;
grant select, insert, update, delete on maint.kpi_plant_daily to plantdesk_security;

-- The days already rolled up: their totals from the stored per-asset rows (the same sums the
-- job writes from now on).
insert into maint.kpi_plant_daily
select tenant_id, day_start, sum(completed), sum(failures), sum(repair_hours), sum(reactive_hours), sum(proactive_hours),
       sum(pm_due), sum(pm_on_time)
  from maint.kpi_daily
 group by tenant_id, day_start;

-- The machines with failures in a period, without reading every machine's day.
create index kpi_daily_failures on maint.kpi_daily (tenant_id, day_start) include (asset_id, failures, repair_hours)
    where failures > 0;
-- Schedule compliance counts work scheduled in past weeks, completed or not.
create index work_order_scheduled on maint.work_order (tenant_id, scheduled_start) where scheduled_start is not null;

-- A plant day is the sum of its per-asset rows (each rounded as stored), so the plant totals
-- equal the per-asset rollup summed, and both equal maint.kpi_rows from scratch.
create function maint.kpi_plant_rows(p_tenant uuid, p_days timestamptz[], p_tz text)
    returns table (day_start timestamptz, completed int, failures int, repair_hours numeric, reactive_hours numeric,
                   proactive_hours numeric, pm_due int, pm_on_time int)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select k.day_start, sum(k.completed)::int, sum(k.failures)::int, sum(k.repair_hours), sum(k.reactive_hours),
           sum(k.proactive_hours), sum(k.pm_due)::int, sum(k.pm_on_time)::int
      from maint.kpi_rows(p_tenant, p_days, p_tz) k
     group by k.day_start
$$;

-- The job's recompute: the per-asset rows as before, then the plant's totals of the same days
-- from the rows just written (a day without work orders has neither).
create or replace function maint.kpi_recompute(p_tenant uuid, p_buckets timestamptz[])
    returns table (rows_read bigint, rows_written bigint)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    tz text;
    written bigint;
    plant bigint;
begin
    select time_zone into tz from core.tenant where id = p_tenant;
    delete from maint.kpi_daily where tenant_id = p_tenant and day_start = any (p_buckets);
    delete from maint.kpi_plant_daily where tenant_id = p_tenant and day_start = any (p_buckets);
    insert into maint.kpi_daily
    select p_tenant, k.* from maint.kpi_rows(p_tenant, p_buckets, tz) k;
    get diagnostics written = row_count;
    insert into maint.kpi_plant_daily
    select p_tenant, k.day_start, sum(k.completed), sum(k.failures), sum(k.repair_hours), sum(k.reactive_hours),
           sum(k.proactive_hours), sum(k.pm_due), sum(k.pm_on_time)
      from maint.kpi_daily k
     where k.tenant_id = p_tenant and k.day_start = any (p_buckets)
     group by k.day_start;
    get diagnostics plant = row_count;
    return query select (select coalesce(sum(completed + pm_due), 0) from maint.kpi_plant_daily
                          where tenant_id = p_tenant and day_start = any (p_buckets))::bigint, written + plant;
end
$$;
alter function maint.kpi_recompute(uuid, timestamptz[]) owner to plantdesk_security;
revoke all on function maint.kpi_recompute(uuid, timestamptz[]) from public;

-- The read: the plant's KPI figures per day for [p_from, p_to), exact at any moment, like
-- maint.kpi_days: closed days whose rollup is current from maint.kpi_plant_daily, today and any
-- closed day still waiting for the job computed live by the same definition.
create function maint.kpi_plant_days(p_from timestamptz, p_to timestamptz)
    returns table (day_start timestamptz, completed int, failures int, repair_hours numeric, reactive_hours numeric,
                   proactive_hours numeric, pm_due int, pm_on_time int)
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
    select k.day_start, k.completed, k.failures, k.repair_hours, k.reactive_hours, k.proactive_hours, k.pm_due,
           k.pm_on_time
      from maint.kpi_plant_daily k
     where k.day_start >= p_from and k.day_start < p_to and k.day_start < today
       and not (k.day_start = any (coalesce(live, '{}')))
    union all
    select * from maint.kpi_plant_rows(core.current_tenant(), coalesce(live, '{}'), tz);
end
$fn$;
revoke all on function maint.kpi_plant_days(timestamptz, timestamptz) from public;
grant execute on function maint.kpi_plant_days(timestamptz, timestamptz) to plantdesk_admin, plantdesk_planner;

-- The machines with the most failures in [p_from, p_to) (MTBF per machine): stored days through
-- the partial index, live days by the rollup's definition; at most p_limit.
create function maint.kpi_asset_failures(p_from timestamptz, p_to timestamptz, p_limit int)
    returns table (asset_id uuid, failures int, repair_hours numeric)
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
    select f.asset_id, sum(f.failures)::int, sum(f.repair_hours)
      from (select k.asset_id, k.failures, k.repair_hours
              from maint.kpi_daily k
             where k.failures > 0 and k.day_start >= p_from and k.day_start < p_to and k.day_start < today
               and not (k.day_start = any (coalesce(live, '{}')))
            union all
            select r.asset_id, r.failures, r.repair_hours
              from maint.kpi_rows(core.current_tenant(), coalesce(live, '{}'), tz) r
             where r.failures > 0) f
     group by f.asset_id
     order by sum(f.failures) desc, f.asset_id
     limit greatest(p_limit, 0);
end
$fn$;
revoke all on function maint.kpi_asset_failures(timestamptz, timestamptz, int) from public;
grant execute on function maint.kpi_asset_failures(timestamptz, timestamptz, int) to plantdesk_admin, plantdesk_planner;
