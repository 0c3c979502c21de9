-- Purpose: undo V053__maint_work_order_comments.sql.
-- Rollback of: V053__maint_work_order_comments.sql
-- Estimated time: < 1 s.
-- destructive: drops the work orders' comments.
drop table maint.work_order_comment;
