select id, part_id, location_id, kind, quantity, unit_cost, work_order_id, reason, at, created_by
  from maint.stock_movement
 where (cast(:partId as uuid) is null or part_id = cast(:partId as uuid))
   and (cast(:workOrderId as uuid) is null or work_order_id = cast(:workOrderId as uuid))
 order by at, id
