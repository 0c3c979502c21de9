-- The plant's active people who are neither operators nor on a line: the ones "New operator" offers.
select p.id, p.display_name as name
  from core.person p
 where p.active
   and not exists (select 1 from sewing.operator o where o.tenant_id = p.tenant_id and o.person_id = p.id)
   and not exists (select 1 from sewing.line_member m where m.tenant_id = p.tenant_id and m.person_id = p.id)
 order by p.app_role <> 'operator', p.display_name
