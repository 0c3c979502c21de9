insert into maint.work_order_comment (tenant_id, id, work_order_id, body)
values (core.current_tenant(), :id, :workOrderId, :body)
