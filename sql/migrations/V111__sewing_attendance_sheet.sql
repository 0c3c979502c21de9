-- Purpose: the attendance sheet (issue 16): a supervisor marks who was present in a shift and
--          corrects a mistake by unticking a person, which removes that person's attendance row.
--          Admins, planners and supervisors could insert and update attendance but not delete it.
--          A closed shift's rows stay locked (locked_when_closed covers delete too), and the
--          audit trigger keeps the removed row.
-- Rollback: U111__sewing_attendance_sheet.sql
-- Estimated time: < 1 s.

grant delete on sewing.attendance to plantdesk_admin, plantdesk_planner, plantdesk_supervisor;
