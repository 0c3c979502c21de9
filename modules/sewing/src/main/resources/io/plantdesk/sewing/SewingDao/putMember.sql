-- A person sews on one line: adding them to another moves them.
insert into sewing.line_member (tenant_id, id, line_id, person_id)
values (core.current_tenant(), :id, :lineId, :personId)
on conflict (tenant_id, person_id) do update set line_id = excluded.line_id
