-- Purpose: undo V041__fleet_vehicle_events.sql.
-- Rollback of: V041__fleet_vehicle_events.sql
-- Estimated time: < 1 s.
-- destructive: drops the vehicle events with their revisions, location corrections and client keys.
drop table fleet.client_request;
drop table fleet.location_correction;
drop function fleet.location_correction_apply();
drop table fleet.vehicle_event;
drop table fleet.event_revision;
drop function fleet.vehicle_event_revision();
drop function fleet.vehicle_event_check_odometer();
delete from core.partitioned_table where table_name = 'fleet.vehicle_event';
