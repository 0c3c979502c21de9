-- Activity per day, per area (table) and per person for [p_from, p_to), exact at any moment:
-- closed days whose rollup is current come from core.activity_daily (which stores these three
-- groupings); today's closed hours whose rollup is current come from core.activity_hourly; the
-- current hour, any of today's hours still waiting for the engine and any closed day still waiting
-- for it are counted live from core.audit_log through its (tenant, at) key. So a refresh counts
-- one hour of raw rows, not the whole day so far.
-- SECURITY INVOKER on purpose: row-level security keeps it to the caller's plant. A function so
-- that its plan is made once per session (force_generic_plan; partitions are pruned at run
-- time): planning this query across every monthly audit partition cost more than running it.
create or replace function core.activity_summary(p_from timestamptz, p_to timestamptz)
    returns table (day_start timestamptz, table_name text, actor text, changes bigint, by_day boolean, by_area boolean)
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
    set plan_cache_mode = force_generic_plan
as $fn$
#variable_conflict use_column
begin
    return query
    with zone as (
        select time_zone as tz from core.tenant
    ), today as (
        -- Today, when it is in the range: its start and end, and the start of the current hour.
        select t.s, core.bucket_end('day', t.s, zone.tz) as e, core.bucket_start('hour', now(), zone.tz) as hour_now
          from zone cross join lateral (select core.bucket_start('day', now(), zone.tz) as s) t
         where t.s >= p_from and t.s < p_to
    ), pending_days as (
        -- Closed days the daily rollup has not caught up with (typically yesterday, just after midnight).
        select i.bucket_start as s, core.bucket_end('day', i.bucket_start, zone.tz) as e
          from core.rollup_invalidation i cross join zone
         where i.job = 'activity' and i.bucket_start >= p_from and i.bucket_start < p_to
           and i.bucket_start < core.bucket_start('day', now(), zone.tz)
    ), pending_hours as (
        select i.bucket_start as s
          from core.rollup_invalidation i cross join today
         where i.job = 'activity_hourly' and i.bucket_start >= today.s and i.bucket_start < today.hour_now
         limit 25  -- a day has at most 25 hours; the cap also keeps the planner's estimate honest
    ), live_ranges as (
        -- Each raw range with the day it counts for, so both bounds are index conditions on (tenant_id, at).
        select p.s as day_start, p.s, p.e from pending_days p
        union all
        select today.s, h.s, h.s + interval '1 hour' from pending_hours h cross join today
        union all
        select today.s, today.hour_now, today.e from today
    ), stored as (
        select d.dim, d.day_start, d.key, d.changes
          from core.activity_daily d
         where d.day_start >= p_from and d.day_start < p_to
           and d.day_start not in (select s from pending_days)
    ), stored_hours as (
        select h.dim, today.s as day_start, h.key, h.changes
          from core.activity_hourly h cross join today
         where h.hour_start >= today.s and h.hour_start < today.hour_now
           and h.hour_start not in (select s from pending_hours)
    ), live as (
        -- LATERAL with OFFSET 0 (which keeps the planner from flattening it), so each range drives
        -- its own index scan of (tenant_id, at) whatever the planner estimates for the ranges: a
        -- plain join let a stale estimate of pending hours turn this into a scan of all 30 days
        -- (810 ms instead of 4). The outer bounds again prune the audit partitions at run time.
        -- Counted per day, area and person first, so the merge below sees hundreds of rows, not thousands.
        select l.day_start, a.table_name, a.actor, count(*) as changes
          from live_ranges l
         cross join lateral (select r.table_name, r.actor
                               from core.audit_log r
                              where r.at >= l.s and r.at < l.e and r.at >= p_from and r.at < p_to
                             offset 0) a
         group by l.day_start, a.table_name, a.actor
    ), merged as (
        select 'day' as dim, day_start, '' as key, changes from stored where dim = 'day'
        union all select 'actor', null, key, changes from stored where dim = 'actor'
        union all select 'area', null, key, changes from stored where dim = 'area'
        union all select 'day', day_start, '', changes from stored_hours where dim = 'total'
        union all select 'actor', null, key, changes from stored_hours where dim = 'actor'
        union all select 'area', null, key, changes from stored_hours where dim = 'area'
        union all select 'day', day_start, '', changes from live
        union all select 'actor', null, actor, changes from live
        union all select 'area', null, table_name, changes from live
    )
    select day_start,
           case when dim = 'area' then key end as table_name,
           case when dim = 'actor' then key end as actor,
           sum(changes)::bigint as changes,
           dim = 'day' as by_day, dim = 'area' as by_area
      from merged
     group by dim, day_start, key;
end
$fn$;
revoke all on function core.activity_summary(timestamptz, timestamptz) from public;
grant execute on function core.activity_summary(timestamptz, timestamptz) to plantdesk_admin;
