update fleet.reminder
   set done_on = :doneOn, done_odometer = :doneOdometer, done_at = now()
 where id = :id and version = :version and done_at is null and deleted_at is null
