update fleet.vehicle_event set reviewed_at = now() where id = :id and version = :version and odometer_review is not null and reviewed_at is null
