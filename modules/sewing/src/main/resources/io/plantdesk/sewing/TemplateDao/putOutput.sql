-- Importing a file again corrects the operator's pieces for the shift and line instead of adding them.
insert into sewing.operator_output (tenant_id, id, line_id, person_id, shift_start, pieces, smv)
values (core.current_tenant(), :id, :lineId, :personId, :shiftStart, :pieces, :smv)
on conflict (tenant_id, person_id, shift_start, line_id) do update
   set pieces = excluded.pieces, smv = excluded.smv
returning (xmax = 0) as inserted
