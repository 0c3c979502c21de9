-- Purpose: undo V023__maint_work_orders.sql.
-- Rollback of: V023__maint_work_orders.sql
-- Estimated time: < 1 s.
-- destructive: drops the plants' work orders, their history and assignees.
drop function maint.search_work_orders(text, int);
delete from core.data_version where domain = 'maintenance';
drop table maint.work_order_assignee;
drop table maint.work_order_status;
drop table maint.work_order;
drop function maint.work_order_history();
drop function maint.work_order_transition();
drop function maint.work_order_number();
drop function maint.tags_text(text[]);
drop table maint.work_order_counter;
drop table maint.status_transition;
