select day_start, asset_id, completed, failures, repair_hours, reactive_hours, proactive_hours, pm_due, pm_on_time
  from maint.kpi_days(:from, :to)
 order by day_start, asset_id
