select prompt, kind, unit, low_limit, high_limit from maint.checklist_template_item where template_id = :id order by position
