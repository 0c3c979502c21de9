-- The trigger work_order_transition refuses a step maint.status_transition does not list.
update maint.work_order set status = :status where id = :id
