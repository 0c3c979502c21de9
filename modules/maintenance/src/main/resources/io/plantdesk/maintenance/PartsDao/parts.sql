select p.id, p.code, p.name, p.unit, p.unit_cost, p.reorder_point, p.reorder_qty, p.vendor_id,
       coalesce((select sum(s.on_hand) from maint.stock s where s.tenant_id = p.tenant_id and s.part_id = p.id), 0) as on_hand,
       p.version
  from maint.part p
 where p.deleted_at is null and (cast(:id as uuid) is null or p.id = cast(:id as uuid))
 order by p.code
