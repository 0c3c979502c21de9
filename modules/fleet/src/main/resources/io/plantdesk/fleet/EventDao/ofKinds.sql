select *
  from fleet.vehicle_event
 where vehicle_id = :vehicleId and kind = any (:kinds) and deleted_at is null
 order by occurred_at, id
