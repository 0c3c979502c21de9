select id, work_order_id, name, signed_at, signed_by, results_hash, version from maint.checklist where id = :id
