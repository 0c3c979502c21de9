-- Purpose: undo V089__maint_backlog_count.sql.
-- Rollback of: V089__maint_backlog_count.sql
-- Estimated time: instant.
-- destructive: drops the counted backlog (counted again from the work orders if re-applied).
drop trigger backlog_count_ins on maint.work_order;
drop trigger backlog_count_upd on maint.work_order;
drop trigger backlog_count_del on maint.work_order;
drop function maint.recount_backlog(uuid);
drop function maint.count_backlog();
drop function maint.backlog_share(text, timestamptz, numeric, timestamptz);
drop table maint.backlog_count;
