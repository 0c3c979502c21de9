update fleet.garage set deleted_at = now() where id = :id and version = :version and deleted_at is null
