-- Purpose: undo V056__maint_work_order_changes.sql.
-- Rollback of: V056__maint_work_order_changes.sql
-- Estimated time: < 1 s.
-- destructive: drops the history function and the audit log index (no data is lost).
drop function maint.work_order_changes(uuid);
drop index core.audit_log_tenant_row;
