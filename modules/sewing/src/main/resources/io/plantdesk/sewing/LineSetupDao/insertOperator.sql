insert into sewing.operator (tenant_id, id, person_id, employee_no, skill_level, active)
values (core.current_tenant(), :id, :d.personId, :d.employeeNo, :d.skillLevel, :d.active)
