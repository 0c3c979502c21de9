-- Purpose: undo V128__sewing_line_day.sql.
-- Rollback of: V128__sewing_line_day.sql
-- Estimated time: < 1 s.
-- destructive: drops the day rollup and its stored days (V128 marks every day for the engine again).
drop function sewing.current_line_days(date, date);
drop trigger line_day_ins on sewing.downtime;
drop trigger line_day_upd on sewing.downtime;
drop trigger line_day_del on sewing.downtime;
drop trigger line_day_ins on sewing.team_day;
drop trigger line_day_upd on sewing.team_day;
drop trigger line_day_del on sewing.team_day;
drop function sewing.line_day_invalidate();
drop trigger rollup_sewing_line_day_ins on sewing.bundle_scan;
drop trigger rollup_sewing_line_day_upd on sewing.bundle_scan;
drop trigger rollup_sewing_line_day_del on sewing.bundle_scan;
drop trigger rollup_sewing_line_day_ins on sewing.attendance;
drop trigger rollup_sewing_line_day_upd on sewing.attendance;
drop trigger rollup_sewing_line_day_del on sewing.attendance;
delete from core.rollup_invalidation where job = 'sewing_line_day';
delete from core.rollup_state where job = 'sewing_line_day';
delete from core.rollup_job where name = 'sewing_line_day';
drop function sewing.rollup_line_day_recompute(uuid, timestamptz[]);
drop table sewing.line_day;
drop function sewing.line_day_figures(uuid, date);
drop trigger rollup_sewing_line_day_ins on sewing.operator_output;
drop trigger rollup_sewing_line_day_upd on sewing.operator_output;
drop trigger rollup_sewing_line_day_del on sewing.operator_output;
drop table sewing.operator_output;
revoke select on sewing.team_day from plantdesk_security;
