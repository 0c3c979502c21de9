-- Purpose: undo V055__maint_work_order_templates.sql.
-- Rollback of: V055__maint_work_order_templates.sql
-- Estimated time: < 1 s.
-- destructive: drops the plants' work-order templates and their default parts.
drop table maint.work_order_template_part;
drop table maint.work_order_template;
