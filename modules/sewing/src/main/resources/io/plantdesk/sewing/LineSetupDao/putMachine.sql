-- A machine sews on one line at a time: putting it on this line moves it from another.
insert into sewing.line_machine (tenant_id, id, line_id, machine_id)
values (core.current_tenant(), :id, :lineId, :machineId)
on conflict (tenant_id, machine_id) do update set line_id = excluded.line_id
 where sewing.line_machine.line_id <> excluded.line_id
