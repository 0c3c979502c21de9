insert into maint.technician_capacity (tenant_id, id, person_id, shift_id, hours_per_day, work_days)
values (core.current_tenant(), :id, :personId, :shiftId, :hoursPerDay, :workDays::smallint[])
on conflict (tenant_id, person_id) do update
   set shift_id = excluded.shift_id, hours_per_day = excluded.hours_per_day, work_days = excluded.work_days
