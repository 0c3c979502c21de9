select *
  from fleet.vehicle_event
 where vehicle_id = :vehicleId and kind = 'fuel' and deleted_at is null
 order by occurred_at, odometer
