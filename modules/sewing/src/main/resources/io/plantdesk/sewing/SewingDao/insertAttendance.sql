-- A replayed key inserts nothing (0 rows); the service then reads nothing more.
insert into sewing.attendance (tenant_id, id, client_key, line_id, person_id, shift_start, minutes_attended, overtime_minutes)
values (core.current_tenant(), :id, :key, :lineId, :personId, :shiftStart, :minutes, :overtime)
on conflict (tenant_id, client_key) do nothing
