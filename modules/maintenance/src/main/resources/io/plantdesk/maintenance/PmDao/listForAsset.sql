select id, asset_id, title, type, priority, checklist_template_id, estimated_hours, interval_days, next_due_at,
       lead_days, meter_id, meter_interval, next_due_meter, meter_lead, cycle, active, version,
       work_order_template_id
  from maint.pm_schedule
 where deleted_at is null and asset_id = :assetId
 order by next_due_at nulls last, title
