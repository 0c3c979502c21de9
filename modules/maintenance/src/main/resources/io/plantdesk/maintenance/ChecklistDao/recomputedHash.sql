select maint.checklist_results_hash(c.tenant_id, c.id) from maint.checklist c where c.id = :id
