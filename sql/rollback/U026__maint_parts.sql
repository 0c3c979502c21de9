-- Purpose: undo V026__maint_parts.sql.
-- Rollback of: V026__maint_parts.sql
-- Estimated time: < 1 s.
-- destructive: drops the plants' parts, vendors, stock ledger and the parts PM schedules need.
drop table maint.pm_schedule_part;
drop trigger apply_stock_movement on maint.stock_movement;
drop function maint.apply_stock_movement();
drop table maint.stock;
drop table maint.stock_movement;
drop table maint.stock_location;
drop table maint.part;
drop table maint.vendor;
