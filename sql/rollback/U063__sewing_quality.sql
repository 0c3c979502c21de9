-- Purpose: undo V063__sewing_quality.sql.
-- Rollback of: V063__sewing_quality.sql
-- Estimated time: < 1 s.
-- destructive: drops the defect codes, QC checks, rework, bundle issues and the quality rollup.
drop trigger rollup_sewing_line_quality_ins on sewing.qc_check;
drop trigger rollup_sewing_line_quality_upd on sewing.qc_check;
drop trigger rollup_sewing_line_quality_del on sewing.qc_check;
drop trigger rollup_sewing_line_quality_ins on sewing.rework;
drop trigger rollup_sewing_line_quality_upd on sewing.rework;
drop trigger rollup_sewing_line_quality_del on sewing.rework;
drop trigger rollup_sewing_line_quality_ins on sewing.bundle_issue;
drop trigger rollup_sewing_line_quality_upd on sewing.bundle_issue;
drop trigger rollup_sewing_line_quality_del on sewing.bundle_issue;
delete from core.rollup_invalidation where job = 'sewing_line_quality';
delete from core.rollup_state where job = 'sewing_line_quality';
delete from core.rollup_job where name = 'sewing_line_quality';
drop function sewing.current_line_wip(timestamptz, timestamptz);
drop function sewing.rollup_line_quality_recompute(uuid, timestamptz[]);
drop table sewing.line_shift_quality;
drop function sewing.current_line_quality(timestamptz, timestamptz);
drop function sewing.line_quality(uuid, timestamptz, timestamptz);
revoke select on sewing.bundle_issue, sewing.qc_check, sewing.rework from plantdesk_security;
drop table sewing.rework;
drop table sewing.qc_defect;
drop table sewing.qc_check;
drop function sewing.qc_defects_add_up();
drop function sewing.quality_row_check();
drop table sewing.bundle_issue;
drop function sewing.bundle_issue_pieces();
drop table sewing.defect_code;
