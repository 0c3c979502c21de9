insert into maint.work_order_template (tenant_id, id, name, title, description, type, priority, estimated_hours,
                                       checklist_template_id)
values (core.current_tenant(), :id, trim(:d.name), :d.title, :d.description, :type, :priority, :d.estimatedHours,
        :d.checklistTemplateId)
