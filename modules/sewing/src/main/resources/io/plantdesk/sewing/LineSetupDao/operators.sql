-- Operators and everyone on a line (a person put on a line before the floor kept numbers has
-- no operator row yet: version 0), by name.
select p.id as person_id, p.display_name as name, o.employee_no, coalesce(o.skill_level, 1) as skill_level,
       m.line_id, l.code as line_code, coalesce(o.active, true) as active, coalesce(o.version, 0) as version
  from core.person p
  left join sewing.operator o on o.tenant_id = p.tenant_id and o.person_id = p.id
  left join sewing.line_member m on m.tenant_id = p.tenant_id and m.person_id = p.id
  left join sewing.line l on l.tenant_id = m.tenant_id and l.id = m.line_id
 where o.id is not null or m.id is not null
 order by p.display_name, p.id
