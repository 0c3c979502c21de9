select id, name from maint.checklist_template where deleted_at is null order by lower(name), id
