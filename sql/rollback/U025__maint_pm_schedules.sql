-- Purpose: undo V025__maint_pm_schedules.sql.
-- Rollback of: V025__maint_pm_schedules.sql
-- Estimated time: < 1 s.
-- destructive: drops the plants' PM schedules (work orders they generated stay, unlinked).
revoke insert on maint.work_order, maint.work_order_status, maint.checklist, maint.checklist_item from plantdesk_security;
revoke select on maint.meter, maint.checklist_template, maint.checklist_template_item, maint.checklist from plantdesk_security;
revoke select, insert, update on maint.work_order_counter from plantdesk_security;
drop function maint.generate_pm(int);
drop function maint.generate_pm_for(uuid, int);
drop table maint.pm_generator_state;
drop function maint.uuid_v7();
alter table maint.work_order drop constraint work_order_pm_schedule;
drop table maint.pm_schedule;
