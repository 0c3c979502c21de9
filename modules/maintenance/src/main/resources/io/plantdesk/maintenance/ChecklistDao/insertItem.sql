insert into maint.checklist_item (tenant_id, id, checklist_id, position, prompt, kind, unit, low_limit, high_limit)
values (core.current_tenant(), :id, :checklistId, :position, :i.prompt, :kind, :i.unit, :i.lowLimit, :i.highLimit)
