-- The same figures as summary.sql computed straight from the raw audit rows, as a Grafana-style
-- query would: the yardstick the rollup is measured against (modules/bench) and checked by tests.
with zone as (
    select time_zone as tz from core.tenant
)
select core.bucket_start('day', a.at, zone.tz) as day_start, a.table_name, a.actor, count(*)::bigint as changes,
       grouping(core.bucket_start('day', a.at, zone.tz)) = 0 as by_day, grouping(a.table_name) = 0 as by_area
  from core.audit_log a cross join zone
 where a.at >= :from and a.at < :to
 group by grouping sets ((core.bucket_start('day', a.at, zone.tz)), (a.table_name), (a.actor))
