-- Activity per day, per area (table) and per person for [p_from, p_to), exact at any moment:
-- days whose rollup is current come from core.activity_daily (which stores these three
-- groupings); today and any day still waiting for the engine (invalidated) are counted live from
-- core.audit_log through its (tenant, at) key.
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
    ), live_days as (
        -- Each live day with its end, so both bounds are index conditions on (tenant_id, at).
        select s, core.bucket_end('day', s, zone.tz) as e
          from (select bucket_start as s
                  from core.rollup_invalidation
                 where job = 'activity' and bucket_start >= p_from and bucket_start < p_to
                union
                select core.bucket_start('day', now(), zone.tz) from zone) d
         cross join zone
    ), stored as (
        select d.dim, d.day_start, d.key, d.changes
          from core.activity_daily d
         where d.day_start >= p_from and d.day_start < p_to
           and d.day_start not in (select s from live_days)
    ), live as (
        -- The outer bounds again: they prune the audit partitions (at run time, in the generic plan).
        -- Counted per day, area and person first, so the merge below sees hundreds of rows, not thousands.
        select l.s as day_start, a.table_name, a.actor, count(*) as changes
          from live_days l
          join core.audit_log a on a.at >= l.s and a.at < l.e
         where l.s >= p_from and l.s < p_to
           and a.at >= p_from and a.at < p_to
         group by l.s, a.table_name, a.actor
    ), merged as (
        select 'day' as dim, day_start, '' as key, changes from stored where dim = 'day'
        union all select 'actor', null, key, changes from stored where dim = 'actor'
        union all select 'area', null, key, changes from stored where dim = 'area'
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
