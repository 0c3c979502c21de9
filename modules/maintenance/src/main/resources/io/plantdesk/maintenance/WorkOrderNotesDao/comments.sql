select id, work_order_id, body, created_by as by_login, created_at as at
  from maint.work_order_comment
 where work_order_id = :workOrderId
 order by created_at, id
