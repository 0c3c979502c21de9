select id from maint.work_order where raised_from_item = :itemId
