select c.id, c.run_id, c.lay_no, c.plies, c.pieces_cut, c.fabric_used, c.wastage, c.cutter_id,
       p.display_name as cutter_name, c.cut_at, c.minutes,
       (select count(*) from sewing.bundle b where b.tenant_id = c.tenant_id and b.cutting_id = c.id)::int as bundles,
       c.version
  from sewing.cutting c
  left join core.person p on p.tenant_id = c.tenant_id and p.id = c.cutter_id
 where c.run_id = :runId
 order by c.lay_no
