-- A signed checklist's items are frozen (trigger checklist_item_guard).
update maint.checklist_item
   set passed = :a.passed, value = :a.value, note = :a.note, answered_at = now(), answered_by = session_user
 where id = :id
