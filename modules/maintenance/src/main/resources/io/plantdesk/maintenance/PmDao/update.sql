-- An edit from the planner's form: the next dues are what the form shows (the generator moves
-- them on from there); cycle, active and the description (not on the form) stay.
update maint.pm_schedule
   set title = :d.title, type = :type, priority = :priority,
       checklist_template_id = :d.checklistTemplateId, estimated_hours = :d.estimatedHours,
       interval_days = :d.intervalDays, next_due_at = :d.firstDueAt, lead_days = :d.leadDays,
       meter_id = :d.meterId, meter_interval = :d.meterInterval, next_due_meter = :d.firstDueMeter,
       meter_lead = :d.meterLead, work_order_template_id = :d.workOrderTemplateId
 where id = :id and version = :version
