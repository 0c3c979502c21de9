select name from maint.checklist_template where id = :id and deleted_at is null
