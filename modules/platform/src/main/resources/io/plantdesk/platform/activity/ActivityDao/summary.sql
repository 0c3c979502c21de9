-- Activity per day, per area (table) and per person for [:from, :to), exact at any moment:
-- days whose rollup is current come from core.activity_daily (which stores these three
-- groupings); today and any day still waiting for the engine (invalidated) are counted live from
-- core.audit_log through its (tenant, at) key.
with zone as (
    select time_zone as tz from core.tenant
), live_days as (
    select bucket_start as s
      from core.rollup_invalidation
     where job = 'activity' and bucket_start >= :from and bucket_start < :to
    union
    select core.bucket_start('day', now(), zone.tz) from zone
), stored as (
    select d.dim, d.day_start, d.key, d.changes
      from core.activity_daily d
     where d.day_start >= :from and d.day_start < :to
       and d.day_start not in (select s from live_days)
), live as (
    select l.s as day_start, a.table_name, a.actor
      from live_days l
     cross join zone
      join core.audit_log a on a.at >= l.s and a.at < core.bucket_end('day', l.s, zone.tz)
     where l.s >= :from and l.s < :to
), merged as (
    select 'day' as dim, day_start, '' as key, changes from stored where dim = 'day'
    union all select 'actor', null, key, changes from stored where dim = 'actor'
    union all select 'area', null, key, changes from stored where dim = 'area'
    union all select 'day', day_start, '', 1 from live
    union all select 'actor', null, actor, 1 from live
    union all select 'area', null, table_name, 1 from live
)
select day_start,
       case when dim = 'area' then key end as table_name,
       case when dim = 'actor' then key end as actor,
       sum(changes)::bigint as changes,
       dim = 'day' as by_day, dim = 'area' as by_area
  from merged
 group by dim, day_start, key
