insert into maint.work_order_assignee (tenant_id, id, work_order_id, person_id)
values (core.current_tenant(), :id, :workOrderId, :personId)
on conflict (tenant_id, work_order_id, person_id) do nothing
