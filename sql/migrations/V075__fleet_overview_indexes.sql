-- Purpose: the fleet overview at scale (issue 17: 2,000 vehicles, 10 million events, at most 20 ms):
--          a partial index of the readings still waiting for a person's look, so each vehicle's
--          "to check" count reads only those instead of all its events in every month.
-- Rollback: U075__fleet_overview_indexes.sql
-- Estimated time: about 1 s per million events (one pass over each month's partition).
create index vehicle_event_to_review on fleet.vehicle_event (tenant_id, vehicle_id)
    where odometer_review is not null and reviewed_at is null and deleted_at is null;
