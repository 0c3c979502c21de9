-- As the attendance sheet records a person's shift (AttendanceDao/put.sql), telling a new row from a corrected one.
insert into sewing.attendance (tenant_id, id, client_key, line_id, person_id, shift_start, minutes_attended, overtime_minutes)
values (core.current_tenant(), :id, :key, :lineId, :personId, :shiftStart, :minutes, :overtime)
on conflict (tenant_id, person_id, shift_start) do update
   set line_id = excluded.line_id, minutes_attended = excluded.minutes_attended,
       overtime_minutes = excluded.overtime_minutes
returning (xmax = 0) as inserted
