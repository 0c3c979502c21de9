delete from maint.work_order_assignee where work_order_id = :workOrderId and person_id <> all (:keep)
