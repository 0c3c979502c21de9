insert into maint.checklist (tenant_id, id, work_order_id, template_id, name)
values (core.current_tenant(), :id, :workOrderId, :templateId, :name)
