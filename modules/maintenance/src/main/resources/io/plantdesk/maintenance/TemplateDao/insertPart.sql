insert into maint.work_order_template_part (tenant_id, id, template_id, part_id, quantity)
values (core.current_tenant(), :id, :templateId, :partId, :quantity)
