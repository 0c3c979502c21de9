update fleet.garage set name = trim(:name), address = nullif(trim(:address), '')
 where id = :id and version = :version and deleted_at is null
