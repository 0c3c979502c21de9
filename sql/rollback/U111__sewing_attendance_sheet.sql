-- Purpose: undo V111__sewing_attendance_sheet.sql.
-- Rollback of: V111__sewing_attendance_sheet.sql
-- Estimated time: < 1 s.
revoke delete on sewing.attendance from plantdesk_admin, plantdesk_planner, plantdesk_supervisor;
