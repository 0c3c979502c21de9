select * from fleet.vehicle_event where id = :id
