update fleet.reminder
   set title = trim(:d.title), notes = nullif(trim(:d.notes), ''), due_on = :d.dueOn, due_odometer = :d.dueOdometer,
       every_months = :d.everyMonths, every_distance = :d.everyDistance, soon_days = :d.soonDays,
       soon_distance = :d.soonDistance
 where id = :id and version = :version and done_at is null and deleted_at is null
