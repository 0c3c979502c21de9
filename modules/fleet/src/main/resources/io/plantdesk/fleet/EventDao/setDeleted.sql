update fleet.vehicle_event set deleted_at = case when :delete then now() end where id = :id and version = :version and (deleted_at is null) = :delete
