-- Purpose: undo V003__core_audit_and_stamps.sql.
-- Rollback of: V003__core_audit_and_stamps.sql
-- Estimated time: < 1 s per million audit rows.
-- destructive: drops the audit trail.
drop trigger if exists audit_row on core.person;
drop trigger if exists stamp_row on core.person;
drop trigger if exists audit_row on core.tenant;
drop trigger if exists stamp_row on core.tenant;
drop function core.attach_row_triggers(regclass, text, text);
drop function core.audit_row();
drop function core.ensure_month_partitions(regclass, int, int);
drop table core.audit_log;
drop function core.stamp_row();
