-- The plant's day totals as the rollup stored them (tests compare them with the raw work orders).
select day_start, completed, failures, repair_hours, reactive_hours, proactive_hours, pm_due, pm_on_time
  from maint.kpi_plant_daily
 where day_start >= :from and day_start < :to
 order by day_start
