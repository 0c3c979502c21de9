-- Purpose: a vehicle's timeline first page at scale (issue 17: 50 ms p95 at 10 million events): the
--          timeline index gains the id the page is ordered and cut by, (occurred_at desc, id desc),
--          so every page is a keyset range scan merged across the months and stopped at the page's
--          size, instead of the vehicle's whole history read and sorted. It replaces the index it
--          extends (same leading columns and the same included columns, so it serves their reads too).
-- Rollback: U085__fleet_timeline_keyset_index.sql
-- Estimated time: about 3 s per million events (one index build per month's partition).
-- destructive: drops vehicle_event_timeline, whose every use the new index serves.
-- Dropped first, so the partitions' index names are made from the new columns alone (the same on
-- every database, and after a rollback and a new run).
drop index fleet.vehicle_event_timeline;
create index vehicle_event_keyset on fleet.vehicle_event (tenant_id, vehicle_id, occurred_at desc, id desc)
    include (odometer, kind);
