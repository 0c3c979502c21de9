update sewing.downtime set work_order_id = :workOrderId where id = :id and work_order_id is null
