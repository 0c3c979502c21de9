-- Purpose: undo V058__maint_saved_filters.sql.
-- Rollback of: V058__maint_saved_filters.sql
-- Estimated time: < 1 s.
-- destructive: drops the people's saved backlog filters.
revoke select, insert, update, delete on maint.saved_filter from plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
drop table maint.saved_filter;
revoke execute on function maint.current_person() from plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
drop function maint.current_person();
