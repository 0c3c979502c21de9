select w.id, w.number, w.title, w.description, w.type, w.priority, w.status, w.asset_id, w.requested_by, w.requested_at,
       w.due_at, w.scheduled_start, w.scheduled_end, w.estimated_hours, w.actual_hours, w.downtime_start, w.downtime_end,
       w.failure_code, w.failure_cause, w.failure_remedy, w.tags, w.completed_at, w.closed_at, w.pm_schedule_id,
       w.raised_from_item, w.updated_at, w.updated_by, w.version
  from maint.work_order w
 where w.id = :id
