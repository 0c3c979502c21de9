-- Purpose: undo V085__fleet_timeline_keyset_index.sql.
-- Rollback of: V085__fleet_timeline_keyset_index.sql
-- Estimated time: about 3 s per million events (one index build per month's partition).
-- destructive: drops vehicle_event_keyset and rebuilds the index it replaced.
drop index fleet.vehicle_event_keyset;
create index vehicle_event_timeline on fleet.vehicle_event (tenant_id, vehicle_id, occurred_at desc)
    include (odometer, kind);
