-- Activity per day, per area (table) and per person for [:from, :to), exact at any moment:
-- days whose rollup is current come from core.activity_daily; today and any day still waiting
-- for the engine (invalidated) are counted live from core.audit_log through its (tenant, at) key.
with zone as (
    select time_zone as tz from core.tenant
), live_days as (
    select bucket_start as s
      from core.rollup_invalidation
     where job = 'activity' and bucket_start >= :from and bucket_start < :to
    union
    select core.bucket_start('day', now(), zone.tz) from zone
), merged as (
    select d.day_start, d.table_name, d.actor, d.changes::bigint as changes
      from core.activity_daily d
     where d.day_start >= :from and d.day_start < :to
       and d.day_start not in (select s from live_days)
    union all
    select l.s, a.table_name, a.actor, 1
      from live_days l
     cross join zone
      join core.audit_log a on a.at >= l.s and a.at < core.bucket_end('day', l.s, zone.tz)
     where l.s >= :from and l.s < :to
)
select day_start, table_name, actor, sum(changes)::bigint as changes,
       grouping(day_start) = 0 as by_day, grouping(table_name) = 0 as by_area
  from merged
 group by grouping sets ((day_start), (table_name), (actor))
