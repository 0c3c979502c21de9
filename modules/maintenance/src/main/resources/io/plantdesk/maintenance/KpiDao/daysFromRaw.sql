-- The same figures computed from the work orders alone (tests compare the rollup with it).
select k.day_start, k.asset_id, k.completed, k.failures, k.repair_hours, k.reactive_hours, k.proactive_hours, k.pm_due,
       k.pm_on_time
  from core.tenant t
 cross join lateral maint.kpi_rows(t.id, array(select generate_series(core.bucket_start('day', :from, t.time_zone),
                                                                      :to - interval '1 second', interval '1 day')),
                                   t.time_zone) k
 order by k.day_start, k.asset_id
