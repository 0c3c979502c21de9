update fleet.vehicle_event
   set kind = :d.kindValue, occurred_at = :d.occurredAt, odometer = :d.odometer, cost = :d.cost,
       quantity = :d.quantity, quantity_unit = :d.quantityUnit, description = nullif(trim(:d.description), ''),
       filled_to_full = :d.filledToFull, missed_fill = :d.missedFill
 where id = :id and version = :version and deleted_at is null
