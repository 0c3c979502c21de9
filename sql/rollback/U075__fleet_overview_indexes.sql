-- Purpose: undo V075__fleet_overview_indexes.sql.
-- Rollback of: V075__fleet_overview_indexes.sql
-- Estimated time: instant.
-- destructive: drops an index only (no data), rebuilt if re-applied.
drop index fleet.vehicle_event_to_review;
