select part_id, quantity from maint.work_order_template_part where template_id = :templateId order by created_at, id
