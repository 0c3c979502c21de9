-- Purpose: undo V051__sewing_rollups.sql.
-- Rollback of: V051__sewing_rollups.sql
-- Estimated time: < 1 s.
-- destructive: drops the sewing rollup jobs, their stored figures and the figure functions.
drop trigger rollup_sewing_line_shift_ins on sewing.bundle_scan;
drop trigger rollup_sewing_line_shift_upd on sewing.bundle_scan;
drop trigger rollup_sewing_line_shift_del on sewing.bundle_scan;
drop trigger rollup_sewing_line_shift_ins on sewing.attendance;
drop trigger rollup_sewing_line_shift_upd on sewing.attendance;
drop trigger rollup_sewing_line_shift_del on sewing.attendance;
drop trigger rollup_sewing_line_shift_ins on sewing.downtime;
drop trigger rollup_sewing_line_shift_upd on sewing.downtime;
drop trigger rollup_sewing_line_shift_del on sewing.downtime;
drop trigger rollup_sewing_operator_hour_ins on sewing.bundle_scan;
drop trigger rollup_sewing_operator_hour_upd on sewing.bundle_scan;
drop trigger rollup_sewing_operator_hour_del on sewing.bundle_scan;
delete from core.rollup_invalidation where job in ('sewing_line_shift', 'sewing_operator_hour');
delete from core.rollup_state where job in ('sewing_line_shift', 'sewing_operator_hour');
delete from core.rollup_job where name in ('sewing_line_shift', 'sewing_operator_hour');
drop function sewing.rollup_operator_hour_recompute(uuid, timestamptz[]);
drop function sewing.rollup_line_shift_recompute(uuid, timestamptz[]);
drop table sewing.operator_hour;
drop table sewing.line_shift;
drop function sewing.current_operator_hour_figures(timestamptz, timestamptz);
drop function sewing.current_line_figures(timestamptz, timestamptz);
drop function sewing.operator_hour_figures(uuid, timestamptz, timestamptz);
drop function sewing.line_figures(uuid, timestamptz, timestamptz);
revoke select on sewing.line, sewing.style, sewing.operation, sewing.run, sewing.bundle, sewing.bundle_scan,
    sewing.attendance, sewing.downtime from plantdesk_security;
