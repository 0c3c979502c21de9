select m.line_id, p.id as person_id, p.display_name
  from sewing.line_member m
  join core.person p on p.tenant_id = m.tenant_id and p.id = m.person_id
 where m.line_id = :lineId and p.active
 order by p.display_name
