-- Purpose: the KPI dashboard's refresh is one statement (issue 14): it was five reads (the plant
--          days, the machines' failures, the backlog, schedule compliance, the crew's capacity),
--          each a round trip and a pool checkout, and the live days (today, and any closed day
--          still waiting for the 'maintenance_daily' job) were counted from the work orders twice,
--          once for the plant's totals and once for the machines' failures. maint.kpi_dashboard
--          counts them once and returns every part as tagged rows, each by the same definition
--          as the read it replaces (kpi_plant_days, kpi_asset_failures with assetFailures.sql,
--          backlog.sql, scheduleCompliance.sql, the technicians' capacity). A plpgsql function
--          with a generic plan, as core.activity_summary: planned once per session.
-- Rollback: U107__maint_kpi_dashboard.sql
-- Estimated time: instant (a new function).

-- Rows by part; the numbered columns mean, per part:
--   backlog:  n1 open count, n2 overdue, h1 hours, h2 ready hours, h3 mean age in days
--   day:      day_start, n1 completed, n2 failures, n3 pm due, n4 pm on time, h1 repair, h2 reactive, h3 proactive hours
--   machine:  asset_id, code, name, n1 failures, h1 repair hours (most failures first, at most p_limit)
--   schedule: n1 scheduled, n2 completed within their week (weeks [p_weeks_from, p_weeks_to), the plant's zone)
--   crew:     h1 the technicians' capacity in hours over the week from p_monday
-- SECURITY INVOKER: row-level security keeps every part to the caller's plant.
create function maint.kpi_dashboard(p_from timestamptz, p_to timestamptz, p_limit int,
                                    p_weeks_from timestamptz, p_weeks_to timestamptz, p_monday date)
    returns table (part text, day_start timestamptz, asset_id uuid, code text, name text,
                   n1 bigint, n2 bigint, n3 bigint, n4 bigint, h1 numeric, h2 numeric, h3 numeric)
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
    set plan_cache_mode = force_generic_plan
as $fn$
#variable_conflict use_column
begin
    return query
    with zone as (
        select t.id as tenant, t.time_zone as tz, core.bucket_start('day', now(), t.time_zone) as today
          from core.tenant t where t.id = core.current_tenant()
    ), live as (
        -- The days counted from the work orders: today, and closed days the job has not caught up with.
        select coalesce(array_agg(x.s), '{}') as days from (
            select i.bucket_start as s from core.rollup_invalidation i cross join zone
             where i.job = 'maintenance_daily' and i.bucket_start >= p_from and i.bucket_start < p_to
               and i.bucket_start < zone.today
            union
            select zone.today from zone
             where zone.today >= core.bucket_start('day', p_from, zone.tz) and zone.today < p_to) x
    ), live_rows as materialized (
        select k.* from zone cross join live cross join lateral maint.kpi_rows(zone.tenant, live.days, zone.tz) k
    ), days as (
        select k.day_start, k.completed, k.failures, k.repair_hours, k.reactive_hours, k.proactive_hours, k.pm_due,
               k.pm_on_time
          from maint.kpi_plant_daily k cross join zone cross join live
         where k.day_start >= p_from and k.day_start < p_to and k.day_start < zone.today
           and not (k.day_start = any (live.days))
        union all
        select r.day_start, sum(r.completed)::int, sum(r.failures)::int, sum(r.repair_hours), sum(r.reactive_hours),
               sum(r.proactive_hours), sum(r.pm_due)::int, sum(r.pm_on_time)::int
          from live_rows r
         group by r.day_start
    ), failing as (
        select f.asset_id, sum(f.failures)::int as failures, sum(f.repair_hours) as repair_hours
          from (select k.asset_id, k.failures, k.repair_hours
                  from maint.kpi_daily k cross join zone cross join live
                 where k.failures > 0 and k.day_start >= p_from and k.day_start < p_to and k.day_start < zone.today
                   and not (k.day_start = any (live.days))
                union all
                select r.asset_id, r.failures, r.repair_hours from live_rows r where r.failures > 0) f
         group by f.asset_id
         order by sum(f.failures) desc, f.asset_id
         limit greatest(p_limit, 0)
    ), backlog as (
        select coalesce(sum(c.open_count), 0)::bigint as n,
               (coalesce(sum(c.open_count) filter (where c.due_day < (now() at time zone 'UTC')::date), 0)
                   + (select count(*) from maint.work_order w
                       where w.due_at >= date_trunc('day', now() at time zone 'UTC') at time zone 'UTC'
                         and w.due_at < now()
                         and w.status not in ('completed', 'closed', 'cancelled')))::bigint as overdue,
               coalesce(sum(c.hours), 0) as hours, coalesce(sum(c.ready_hours), 0) as ready,
               coalesce(round((sum(c.open_count) * extract(epoch from now()) - sum(c.requested_sum))
                              / nullif(sum(c.open_count), 0) / 86400, 1), 0) as age
          from maint.backlog_count c
    ), schedule as (
        select count(*) as scheduled,
               count(*) filter (where w.completed_at is not null
                                  and w.completed_at < (date_trunc('week', w.scheduled_start at time zone zone.tz)
                                                        + interval '7 days') at time zone zone.tz) as on_time
          from maint.work_order w cross join zone
         where w.scheduled_start >= p_weeks_from and w.scheduled_start < p_weeks_to and w.status <> 'cancelled'
    ), crew as (
        -- Only people with a capacity set have hours (as the planner's technician rows).
        select coalesce(sum(maint.capacity_hours(c.shift_id, c.tenant_id, c.hours_per_day, c.work_days, p_monday + d)), 0)
                   as hours
          from core.person p
          join maint.technician_capacity c on c.tenant_id = p.tenant_id and c.person_id = p.id
         cross join generate_series(0, 6) d
         where p.active
    )
    select 'backlog', null::timestamptz, null::uuid, null::text, null::text, b.n, b.overdue, null::bigint, null::bigint,
           b.hours, b.ready, b.age
      from backlog b
    union all
    select 'day', d.day_start, null, null, null, d.completed, d.failures, d.pm_due, d.pm_on_time, d.repair_hours,
           d.reactive_hours, d.proactive_hours
      from days d
    union all
    select 'machine', null, f.asset_id, a.code, a.name, f.failures, null, null, null, f.repair_hours, null, null
      from failing f
      join maint.asset a on a.id = f.asset_id and a.kind in ('machine', 'component')
    union all
    select 'schedule', null, null, null, null, s.scheduled, s.on_time, null, null, null, null, null from schedule s
    union all
    select 'crew', null, null, null, null, null, null, null, null, c.hours, null, null from crew c;
end
$fn$;
revoke all on function maint.kpi_dashboard(timestamptz, timestamptz, int, timestamptz, timestamptz, date) from public;
grant execute on function maint.kpi_dashboard(timestamptz, timestamptz, int, timestamptz, timestamptz, date)
    to plantdesk_admin, plantdesk_planner;
