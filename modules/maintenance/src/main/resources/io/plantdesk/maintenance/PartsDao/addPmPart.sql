insert into maint.pm_schedule_part (tenant_id, id, schedule_id, part_id, quantity)
values (core.current_tenant(), :id, :scheduleId, :partId, :quantity)
on conflict (tenant_id, schedule_id, part_id) do update set quantity = excluded.quantity
