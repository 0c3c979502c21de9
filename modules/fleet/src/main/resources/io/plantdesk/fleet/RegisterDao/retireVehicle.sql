update fleet.vehicle set status = 'retired' where id = :id and version = :version and deleted_at is null
