select w.id from maint.checklist_item i
  join maint.checklist c on c.tenant_id = i.tenant_id and c.id = i.checklist_id
  join maint.work_order w on w.tenant_id = c.tenant_id and w.id = c.work_order_id
 where i.id = :id
