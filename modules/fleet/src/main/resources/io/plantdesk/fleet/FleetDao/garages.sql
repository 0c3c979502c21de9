select * from fleet.garage where deleted_at is null order by lower(name)
