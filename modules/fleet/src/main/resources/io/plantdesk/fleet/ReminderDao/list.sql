-- Most urgent first: overdue, due soon, upcoming, done; within a state the nearest day, then the nearest reading.
select * from fleet.reminder_status
 where (cast(:vehicleId as uuid) is null or vehicle_id = :vehicleId)
   and (:withDone or done_at is null)
 order by case state when 'overdue' then 0 when 'due_soon' then 1 when 'upcoming' then 2 else 3 end,
          days_left nulls last, distance_left nulls last, plate, title, id
