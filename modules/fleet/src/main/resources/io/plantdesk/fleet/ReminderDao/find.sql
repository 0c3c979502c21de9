select * from fleet.reminder_status where id = :id
