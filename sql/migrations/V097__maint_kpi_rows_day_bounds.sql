-- Purpose: the KPI dashboard's live day reads only that day's completions (issue 14's bench at
--          a million: a refresh took 54 ms p50). maint.kpi_rows joined the days to the work
--          orders with the day's end computed in the join, which the planner kept as a filter:
--          the index scan read every completion from the day's start on (in the bench, also
--          those dated later), about 2,700 rows with their heap pages for 1,200 kept, twice a
--          refresh (the plant's days and the failures). The days are now materialized with
--          their end, so both bounds are the index's (about 7 ms instead of 50 under load).
-- Rollback: U097__maint_kpi_rows_day_bounds.sql
-- Estimated time: instant (one function replaced).

create or replace function maint.kpi_rows(p_tenant uuid, p_days timestamptz[], p_tz text)
    returns table (day_start timestamptz, asset_id uuid, completed int, failures int, repair_hours numeric,
                   reactive_hours numeric, proactive_hours numeric, pm_due int, pm_on_time int)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with d as materialized (
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
