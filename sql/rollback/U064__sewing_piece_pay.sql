-- Purpose: undo V064__sewing_piece_pay.sql.
-- Rollback of: V064__sewing_piece_pay.sql
-- Estimated time: < 1 s.
-- destructive: drops the pay currency and the piece rates copied onto scans.
drop trigger bundle_scan_piece_rate on sewing.bundle_scan;
drop function sewing.bundle_scan_piece_rate();
alter table sewing.bundle_scan drop column piece_rate;
drop table sewing.pay_policy;
