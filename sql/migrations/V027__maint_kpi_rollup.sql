-- Purpose: the maintenance KPIs' daily rollup (issue 14), per plant, day and asset: work orders
--          completed, failures and their repair hours (SMRP 3.5.1 MTBF, 3.5.2 MTTR, 3.4
--          unscheduled downtime), reactive and proactive hours (SMRP 5.4.1, 5.4.2), and PM work
--          orders due and done within their window (SMRP 5.4.14). A job of the rollup engine
--          ('maintenance_daily'); work orders are bucketed by kpi_at, the completion moment, else
--          the PM due moment, else the request: a completion invalidates both the day it was due
--          and the day it was done.
-- Rollback: U027__maint_kpi_rollup.sql
-- Estimated time: about 2 s per million work orders (the generated column rewrites the table).

alter table maint.work_order
    add column kpi_at timestamptz generated always as (coalesce(completed_at, pm_due_at, requested_at)) stored;
create index work_order_completed on maint.work_order (tenant_id, completed_at) where completed_at is not null;
create index work_order_pm_due on maint.work_order (tenant_id, pm_due_at) where pm_due_at is not null;

create table maint.kpi_daily (
    tenant_id       uuid not null references core.tenant (id),
    day_start       timestamptz not null,
    -- The nil UUID for work orders without an asset.
    asset_id        uuid not null,
    completed       int not null check (completed >= 0),
    failures        int not null check (failures >= 0),
    repair_hours    numeric(12, 2) not null check (repair_hours >= 0),
    reactive_hours  numeric(12, 2) not null check (reactive_hours >= 0),
    proactive_hours numeric(12, 2) not null check (proactive_hours >= 0),
    pm_due          int not null check (pm_due >= 0),
    pm_on_time      int not null check (pm_on_time >= 0 and pm_on_time <= pm_due),
    primary key (tenant_id, day_start, asset_id)
);
select core.enable_tenant_rls('maint.kpi_daily');
grant select on maint.kpi_daily to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician,
    plantdesk_operator;
grant select, insert, update, delete on maint.kpi_daily to plantdesk_security;

-- The KPI figures of the given days of a plant from its work orders: the one definition both the
-- rollup and the live read use. SECURITY INVOKER: inside the recompute it runs as the rollup's
-- owner, inside a person's read under their plant's policy.
--   failure (SMRP 3.5.1/3.5.2): a corrective or emergency work order completed with its
--     downtime recorded; repair time: from the machine stopping to it running again;
--   reactive / proactive hours (5.4.1 / 5.4.2): actual hours of completed corrective and
--     emergency / preventive and inspection work orders;
--   PM compliance (5.4.14): PM work orders due that day (not cancelled), and those completed
--     within the window: the due moment +/- 10 % of the schedule's interval, at least one day.
create function maint.kpi_rows(p_tenant uuid, p_days timestamptz[], p_tz text)
    returns table (day_start timestamptz, asset_id uuid, completed int, failures int, repair_hours numeric,
                   reactive_hours numeric, proactive_hours numeric, pm_due int, pm_on_time int)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with d as (
        select s, core.bucket_end('day', s, p_tz) as e from unnest(p_days) as s
    ), done as (
        select d.s, coalesce(w.asset_id, '00000000-0000-0000-0000-000000000000'::uuid) as asset_id,
               count(*)::int as completed,
               (count(*) filter (where w.type in ('corrective', 'emergency') and w.downtime_end is not null))::int as failures,
               coalesce(sum(extract(epoch from w.downtime_end - w.downtime_start) / 3600)
                        filter (where w.type in ('corrective', 'emergency') and w.downtime_end is not null), 0) as repair_hours,
               coalesce(sum(w.actual_hours) filter (where w.type in ('corrective', 'emergency')), 0) as reactive_hours,
               coalesce(sum(w.actual_hours) filter (where w.type in ('preventive', 'inspection')), 0) as proactive_hours,
               0 as pm_due, 0 as pm_on_time
          from d join maint.work_order w on w.tenant_id = p_tenant and w.completed_at >= d.s and w.completed_at < d.e
         group by 1, 2
    ), pm as (
        select d.s, coalesce(w.asset_id, '00000000-0000-0000-0000-000000000000'::uuid),
               0, 0, 0, 0, 0,
               count(*)::int,
               (count(*) filter (where w.completed_at between w.pm_due_at - tol.window and w.pm_due_at + tol.window))::int
          from d join maint.work_order w on w.tenant_id = p_tenant and w.pm_due_at >= d.s and w.pm_due_at < d.e
                                          and w.status <> 'cancelled'
          left join maint.pm_schedule p on p.tenant_id = w.tenant_id and p.id = w.pm_schedule_id
         cross join lateral (select make_interval(days => greatest(1, ceil(coalesce(p.interval_days, 0) * 0.1)::int)) as window) tol
         group by 1, 2
    )
    select s, asset_id, sum(completed)::int, sum(failures)::int, round(sum(repair_hours), 2), round(sum(reactive_hours), 2),
           round(sum(proactive_hours), 2), sum(pm_due)::int, sum(pm_on_time)::int
      from (select * from done union all select * from pm) x
     group by s, asset_id
$$;

create function maint.kpi_recompute(p_tenant uuid, p_buckets timestamptz[])
    returns table (rows_read bigint, rows_written bigint)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    tz text;
    written bigint;
begin
    select time_zone into tz from core.tenant where id = p_tenant;
    delete from maint.kpi_daily where tenant_id = p_tenant and day_start = any (p_buckets);
    insert into maint.kpi_daily
    select p_tenant, k.* from maint.kpi_rows(p_tenant, p_buckets, tz) k;
    get diagnostics written = row_count;
    return query select (select coalesce(sum(completed + pm_due), 0) from maint.kpi_daily
                          where tenant_id = p_tenant and day_start = any (p_buckets))::bigint, written;
end
$$;
alter function maint.kpi_recompute(uuid, timestamptz[]) owner to plantdesk_security;
revoke all on function maint.kpi_recompute(uuid, timestamptz[]) from public;

insert into core.rollup_job (name, bucket, domain, recompute_fn, source_tables, interval_seconds)
values ('maintenance_daily', 'day', 'maintenance', 'maint.kpi_recompute', '{maint.work_order}', 60);
select core.track_rollup('maint.work_order', 'maintenance_daily', 'kpi_at');

-- The read: the maintenance KPIs' figures per day and asset for [p_from, p_to), exact at any moment: closed
-- days whose rollup is current come from maint.kpi_daily; today and any closed day still waiting
-- for the rollup engine ('maintenance_daily') are computed live by maint.kpi_rows, the same
-- definition the rollup uses. SECURITY INVOKER: row-level security keeps it to the caller's plant.
-- Here and not in sql/repeatable: Flyway runs repeatables at every migrate, also to a version
-- before this one, where maint.kpi_daily does not exist yet.
create function maint.kpi_days(p_from timestamptz, p_to timestamptz)
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
