insert into fleet.vehicle_event (tenant_id, id, vehicle_id, kind, occurred_at, odometer, cost, quantity, quantity_unit,
                                 description, latitude, longitude, place, filled_to_full, missed_fill)
values (core.current_tenant(), :id, :d.vehicleId, :d.kindValue, :d.occurredAt, :d.odometer, :d.cost, :d.quantity,
        :d.quantityUnit, nullif(trim(:d.description), ''), :d.latitude, :d.longitude, nullif(trim(:d.place), ''),
        :d.filledToFull, :d.missedFill)
