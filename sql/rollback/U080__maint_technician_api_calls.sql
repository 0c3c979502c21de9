-- Purpose: undo V080__maint_technician_api_calls.sql (the clients of that version fall back to
--          nothing: install the matching build first).
-- Rollback of: V080__maint_technician_api_calls.sql
-- Estimated time: < 1 s.
-- destructive: drops the five functions only; no data.
drop function maint.api_checklist_signoff(uuid, uuid);
drop function maint.api_checklist_result(uuid, uuid, boolean, numeric, text);
drop function maint.api_log_labour(uuid, uuid, uuid, uuid, date, numeric, text);
drop function maint.api_change_status(uuid, uuid, text);
drop function maint.api_key_used(uuid, text);
