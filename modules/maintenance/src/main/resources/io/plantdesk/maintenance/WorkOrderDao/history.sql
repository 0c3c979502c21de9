select from_status, to_status, at, by_login from maint.work_order_status where work_order_id = :id order by at, id
