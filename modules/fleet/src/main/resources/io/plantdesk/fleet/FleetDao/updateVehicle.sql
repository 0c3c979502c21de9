update fleet.vehicle
   set plate = upper(trim(:d.plate)), vin = upper(nullif(trim(:d.vin), '')), make = trim(:d.make),
       model = trim(:d.model), model_year = :d.modelYear, fuel_type = :d.fuelType,
       odometer_unit = :d.odometerUnit, status = :d.status, garage_id = :d.garageId, driver_id = :d.driverId
 where id = :id and version = :version and deleted_at is null
