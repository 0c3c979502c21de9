-- Purpose: undo V132__sewing_downtime_keeps_work_order_number.sql.
-- Rollback of: V132__sewing_downtime_keeps_work_order_number.sql
-- Estimated time: < 1 s.
-- destructive: drops the stored numbers (maint.work_order still has them, by work_order_id).
alter table sewing.downtime drop column work_order_number;
