-- Purpose: undo V033__maint_technician_capacity.sql.
-- Rollback of: V033__maint_technician_capacity.sql
-- Estimated time: < 1 s.
-- destructive: drops the technicians' capacities (hours per day or their shift).
drop function maint.capacity_hours(uuid, uuid, numeric, smallint[], date);
drop table maint.technician_capacity;
