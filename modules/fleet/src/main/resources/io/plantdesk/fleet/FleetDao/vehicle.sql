select * from fleet.vehicle where id = :id and deleted_at is null
