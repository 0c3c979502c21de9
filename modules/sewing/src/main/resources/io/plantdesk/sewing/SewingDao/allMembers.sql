-- Everyone on a line, for the scan station's operator list.
select m.line_id, p.id as person_id, p.display_name
  from sewing.line_member m
  join core.person p on p.tenant_id = m.tenant_id and p.id = m.person_id
 where p.active
   -- An operator set "not sewing now" on the set-up screen is not offered on the floor.
   and not exists (select 1 from sewing.operator o
                    where o.tenant_id = m.tenant_id and o.person_id = m.person_id and not o.active)
 order by p.display_name
