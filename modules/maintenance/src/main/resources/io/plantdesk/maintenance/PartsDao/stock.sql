select s.part_id, p.code as part_code, s.location_id, l.name as location_name, s.on_hand
  from maint.stock s
  join maint.part p on p.tenant_id = s.tenant_id and p.id = s.part_id
  join maint.stock_location l on l.tenant_id = s.tenant_id and l.id = s.location_id
 where (cast(:partId as uuid) is null or s.part_id = cast(:partId as uuid))
 order by p.code, l.name
