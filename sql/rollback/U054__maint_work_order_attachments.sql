-- Purpose: undo V054__maint_work_order_attachments.sql.
-- Rollback of: V054__maint_work_order_attachments.sql
-- Estimated time: < 1 s.
-- destructive: drops the files attached to work orders.
drop table maint.attachment;
