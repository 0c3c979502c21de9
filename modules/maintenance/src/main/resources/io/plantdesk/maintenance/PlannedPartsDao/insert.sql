insert into maint.work_order_part (tenant_id, id, work_order_id, part_id, quantity)
values (core.current_tenant(), :id, :workOrderId, :partId, :quantity)
