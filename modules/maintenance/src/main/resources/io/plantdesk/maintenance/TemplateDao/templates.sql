select t.id, t.name, t.title, t.description, t.type, t.priority, t.estimated_hours, t.checklist_template_id,
       c.name as checklist_name, t.version
  from maint.work_order_template t
  left join maint.checklist_template c on c.tenant_id = t.tenant_id and c.id = t.checklist_template_id
 where t.deleted_at is null
 order by lower(t.name), t.id
