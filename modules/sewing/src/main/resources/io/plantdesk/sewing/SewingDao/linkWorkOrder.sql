update sewing.downtime set work_order_id = :workOrderId, work_order_number = :number where id = :id and work_order_id is null
