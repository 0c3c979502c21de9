-- Purpose: undo V065__sewing_shift_close.sql.
-- Rollback of: V065__sewing_shift_close.sql
-- Estimated time: < 1 s.
-- destructive: drops the shift closes (every shift is open again) and their lock.
drop function sewing.reopen_shift(timestamptz, text);
drop function sewing.close_shift(timestamptz, int);
drop function sewing.late_scans(timestamptz);
drop trigger locked_when_closed on sewing.bundle_scan;
drop trigger locked_when_closed on sewing.qc_check;
drop trigger locked_when_closed on sewing.rework;
drop trigger locked_when_closed on sewing.bundle_issue;
drop trigger locked_when_closed on sewing.attendance;
drop trigger locked_when_closed on sewing.downtime;
drop function sewing.refuse_in_closed_shift();
drop function sewing.refuse_if_closed(uuid, timestamptz);
drop table sewing.shift_close;
