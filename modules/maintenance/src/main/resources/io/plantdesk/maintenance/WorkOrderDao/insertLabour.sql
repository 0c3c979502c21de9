insert into maint.labour (tenant_id, id, work_order_id, person_id, work_date, hours, note)
values (core.current_tenant(), :id, :l.workOrderId, :l.personId, :l.workDate, :l.hours, :l.note)
