select p.id, p.part_id, p.quantity, p.version
  from maint.work_order_part p
  join maint.part x on x.tenant_id = p.tenant_id and x.id = p.part_id
 where p.work_order_id = :workOrderId
 order by x.code, p.id
