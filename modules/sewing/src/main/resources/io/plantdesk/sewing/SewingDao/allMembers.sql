-- Everyone on a line, for the scan station's operator list.
select m.line_id, p.id as person_id, p.display_name
  from sewing.line_member m
  join core.person p on p.tenant_id = m.tenant_id and p.id = m.person_id
 where p.active
 order by p.display_name
