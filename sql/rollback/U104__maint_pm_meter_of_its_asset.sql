-- Purpose: undo V104__maint_pm_meter_of_its_asset.sql.
-- Rollback of: V104__maint_pm_meter_of_its_asset.sql
-- Estimated time: instant.
-- destructive: drops the check (a schedule may then count on another asset's meter, as before V104).
drop trigger pm_schedule_check_meter on maint.pm_schedule;
drop function maint.pm_schedule_check_meter();
