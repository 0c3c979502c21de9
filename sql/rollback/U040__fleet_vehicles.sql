-- Purpose: undo V040__fleet_vehicles.sql.
-- Rollback of: V040__fleet_vehicles.sql
-- Estimated time: < 1 s.
-- destructive: drops the fleet schema's garages and vehicles.
drop table fleet.vehicle;
drop table fleet.garage;
drop schema fleet;
