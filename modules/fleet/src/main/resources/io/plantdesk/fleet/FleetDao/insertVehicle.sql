insert into fleet.vehicle (tenant_id, id, plate, vin, make, model, model_year, fuel_type, odometer_unit, status,
                           garage_id, driver_id)
values (core.current_tenant(), :id, upper(trim(:d.plate)), upper(nullif(trim(:d.vin), '')), trim(:d.make),
        trim(:d.model), :d.modelYear, :d.fuelType, :d.odometerUnit, :d.status, :d.garageId, :d.driverId)
