insert into fleet.reminder (tenant_id, id, vehicle_id, title, notes, due_on, due_odometer, every_months, every_distance,
                            soon_days, soon_distance, previous_id)
values (core.current_tenant(), :id, :d.vehicleId, trim(:d.title), nullif(trim(:d.notes), ''), :d.dueOn, :d.dueOdometer,
        :d.everyMonths, :d.everyDistance, :d.soonDays, :d.soonDistance, :previousId)
