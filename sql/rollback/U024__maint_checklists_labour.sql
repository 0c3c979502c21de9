-- Purpose: undo V024__maint_checklists_labour.sql.
-- Rollback of: V024__maint_checklists_labour.sql
-- Estimated time: < 1 s.
-- destructive: drops the plants' labour entries, checklists and checklist templates.
drop table maint.checklist_item;
drop table maint.checklist;
drop function maint.checklist_guard();
drop function maint.checklist_results_hash(uuid, uuid);
drop table maint.checklist_template_item;
drop table maint.checklist_template;
drop table maint.labour;
