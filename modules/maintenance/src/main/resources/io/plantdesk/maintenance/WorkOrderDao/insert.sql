-- The number comes from the plant's counter (trigger work_order_number); the status history's
-- first row from work_order_history.
insert into maint.work_order (tenant_id, id, number, title, description, type, priority, status, asset_id, requested_by,
                              due_at, scheduled_start, scheduled_end, estimated_hours, actual_hours, downtime_start,
                              downtime_end, failure_code, failure_cause, failure_remedy, tags, raised_from_item)
values (core.current_tenant(), :id, 0, :d.title, :d.description, :type, :priority, :status, :d.assetId, :requestedBy,
        :d.dueAt, :d.scheduledStart, :d.scheduledEnd, :d.estimatedHours, :d.actualHours, :d.downtimeStart,
        :d.downtimeEnd, :d.failureCode, :d.failureCause, :d.failureRemedy, :tags, :raisedFromItem)
