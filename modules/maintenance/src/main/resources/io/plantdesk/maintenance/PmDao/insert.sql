insert into maint.pm_schedule (tenant_id, id, asset_id, title, description, type, priority, checklist_template_id,
                               estimated_hours, interval_days, next_due_at, lead_days, meter_id, meter_interval,
                               next_due_meter, meter_lead, work_order_template_id)
values (core.current_tenant(), :id, :d.assetId, :d.title, :d.description, :type, :priority, :d.checklistTemplateId,
        :d.estimatedHours, :d.intervalDays, :d.firstDueAt, :d.leadDays, :d.meterId, :d.meterInterval,
        :d.firstDueMeter, :d.meterLead, :d.workOrderTemplateId)
