-- Purpose: undo V057__maint_search_candidates.sql.
-- Rollback of: V057__maint_search_candidates.sql
-- Estimated time: < 1 s.
-- destructive: drops the search function V057 added (it holds no data).
revoke execute on function maint.match_work_orders(text, int) from plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
drop function maint.match_work_orders(text, int);
