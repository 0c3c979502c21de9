-- The trigger checklist_guard refuses an unanswered item and records the results' hash itself.
update maint.checklist set signed_at = now(), signed_by = :by where id = :id and signed_at is null
