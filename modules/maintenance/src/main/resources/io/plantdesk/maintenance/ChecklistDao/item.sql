select id, checklist_id, position, prompt, kind, unit, low_limit, high_limit, passed, value, note, outcome, answered_at,
       answered_by
  from maint.checklist_item where id = :id
