-- Any event, a deleted one too: it can be restored, and its history names the vehicle.
select exists (select 1 from fleet.vehicle_event where vehicle_id = :id)
