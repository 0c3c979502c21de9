-- Purpose: undo V071__fleet_reminders.sql.
-- Rollback of: V071__fleet_reminders.sql
-- Estimated time: < 1 s.
-- destructive: drops the vehicles' reminders.
drop view fleet.reminder_status;
drop table fleet.reminder;
drop function fleet.reminder_stays_done();
