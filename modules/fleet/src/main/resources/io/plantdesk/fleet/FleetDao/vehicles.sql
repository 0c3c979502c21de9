select * from fleet.vehicle where deleted_at is null order by plate
