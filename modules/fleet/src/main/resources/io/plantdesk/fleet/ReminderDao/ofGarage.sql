select * from fleet.reminder_status
 where done_at is null and (cast(:garageId as uuid) is null or garage_id = :garageId)
 order by due_on nulls last, plate, title, id
