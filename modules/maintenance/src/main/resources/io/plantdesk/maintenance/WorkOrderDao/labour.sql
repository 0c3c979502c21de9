select l.id, l.work_order_id, l.person_id, p.display_name as person_name, l.work_date, l.hours, l.note
  from maint.labour l
  join core.person p on p.tenant_id = l.tenant_id and p.id = l.person_id
 where l.work_order_id = :id
 order by l.work_date, l.created_at
