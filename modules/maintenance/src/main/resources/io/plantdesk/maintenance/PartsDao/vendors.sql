select id, name, contact, phone, email, version
  from maint.vendor
 where deleted_at is null and (cast(:id as uuid) is null or id = cast(:id as uuid))
 order by lower(name), id
