-- Purpose: undo V090__maint_work_order_planned_parts.sql.
-- Rollback of: V090__maint_work_order_planned_parts.sql
-- Estimated time: instant.
-- destructive: drops the work orders' planned parts.
drop table maint.work_order_part;
