insert into maint.checklist_template_item (tenant_id, id, template_id, position, prompt, kind, unit, low_limit, high_limit)
values (core.current_tenant(), :id, :templateId, :position, :i.prompt, :kind, :i.unit, :i.lowLimit, :i.highLimit)
