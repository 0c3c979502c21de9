-- Purpose: undo V072__fleet_event_photos.sql.
-- Rollback of: V072__fleet_event_photos.sql
-- Estimated time: < 1 s.
-- destructive: drops the events' photos.
drop table fleet.event_photo;
