-- Purpose: undo V007__core_activity_rollup.sql.
-- Rollback of: V007__core_activity_rollup.sql
-- Estimated time: < 1 s.
-- destructive: drops the activity rollup (it is recomputed from core.audit_log if re-applied).
drop trigger if exists rollup_activity_ins on core.audit_log;
drop trigger if exists rollup_activity_upd on core.audit_log;
drop trigger if exists rollup_activity_del on core.audit_log;
delete from core.rollup_invalidation where job = 'activity';
delete from core.rollup_state where job = 'activity';
delete from core.rollup_job where name = 'activity';
drop function core.rollup_activity_recompute(uuid, timestamptz[]);
drop table core.activity_daily;
-- V007 let the rollup's security role read the audit log; the grant-aware drift report saw it stay.
revoke select on core.audit_log from plantdesk_security;
