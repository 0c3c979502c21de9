-- Activity per day, per area (table) and per person for [:from, :to), exact at any moment:
-- days whose rollup is current come from core.activity_daily (which stores these three
-- groupings); today and any day still waiting for the engine (invalidated) are counted live from
-- core.audit_log through its (tenant, at) key.
with zone as (
    select time_zone as tz from core.tenant
), live_days as (
    -- Each live day with its end, so both bounds are index conditions on (tenant_id, at).
    select s, core.bucket_end('day', s, zone.tz) as e
      from (select bucket_start as s
              from core.rollup_invalidation
             where job = 'activity' and bucket_start >= :from and bucket_start < :to
            union
            select core.bucket_start('day', now(), zone.tz) from zone) d
     cross join zone
), stored as (
    select d.dim, d.day_start, d.key, d.changes
      from core.activity_daily d
     where d.day_start >= :from and d.day_start < :to
       and d.day_start not in (select s from live_days)
), live as (
    -- The outer bounds again: bind values let the planner prune audit partitions at plan time.
    -- Counted per day, area and person first, so the merge below sees hundreds of rows, not thousands.
    select l.s as day_start, a.table_name, a.actor, count(*) as changes
      from live_days l
      join core.audit_log a on a.at >= l.s and a.at < l.e
     where l.s >= :from and l.s < :to
       and a.at >= :from and a.at < :to
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
 group by dim, day_start, key
