-- Purpose: undo V050__sewing_floor.sql.
-- Rollback of: V050__sewing_floor.sql
-- Estimated time: < 1 s.
-- destructive: drops the sewing schema's lines, bulletins, runs, bundles, scans, attendance and downtime.
drop table sewing.downtime;
drop table sewing.attendance;
drop table sewing.bundle_scan;
drop function sewing.bundle_scan_check();
drop table sewing.bundle;
drop table sewing.cutting;
drop table sewing.run;
drop table sewing.operation;
drop table sewing.style;
drop table sewing.line_member;
drop table sewing.line;
drop schema sewing;
