-- Optimistic: only the version the edit started from; zero rows means someone saved in between.
update maint.work_order
   set title = :d.title, description = :d.description, type = :type, priority = :priority, asset_id = :d.assetId,
       due_at = :d.dueAt, scheduled_start = :d.scheduledStart, scheduled_end = :d.scheduledEnd,
       estimated_hours = :d.estimatedHours, actual_hours = :d.actualHours, downtime_start = :d.downtimeStart,
       downtime_end = :d.downtimeEnd, failure_code = :d.failureCode, failure_cause = :d.failureCause,
       failure_remedy = :d.failureRemedy, tags = :tags
 where id = :id and version = :version
