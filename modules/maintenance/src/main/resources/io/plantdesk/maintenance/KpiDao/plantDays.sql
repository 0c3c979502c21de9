select day_start, completed, failures, repair_hours, reactive_hours, proactive_hours, pm_due, pm_on_time
  from maint.kpi_plant_days(:from, :to)
 order by day_start
