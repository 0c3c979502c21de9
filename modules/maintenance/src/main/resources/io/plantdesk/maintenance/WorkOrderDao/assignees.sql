select p.id as person_id, p.display_name
  from maint.work_order_assignee a
  join core.person p on p.tenant_id = a.tenant_id and p.id = a.person_id
 where a.work_order_id = :id
 order by p.display_name
