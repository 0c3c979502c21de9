-- Purpose: undo V075__fleet_overview_indexes.sql.
-- Rollback of: V075__fleet_overview_indexes.sql
-- Estimated time: instant.
drop index fleet.vehicle_event_to_review;
