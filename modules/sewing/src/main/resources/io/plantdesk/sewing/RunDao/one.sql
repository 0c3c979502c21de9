select r.id, r.line_id, l.code as line_code, r.style_id, s.code as style_code, r.order_ref, r.order_qty,
       r.target_efficiency, r.starts_on, r.ends_on,
       exists (select 1 from sewing.bundle b
                where b.tenant_id = r.tenant_id and b.run_id = r.id
                  and exists (select 1 from sewing.bundle_scan x
                               where x.tenant_id = b.tenant_id and x.bundle_id = b.id)) as has_output,
       r.version
  from sewing.run r
  join sewing.line l on l.tenant_id = r.tenant_id and l.id = r.line_id
  join sewing.style s on s.tenant_id = r.tenant_id and s.id = r.style_id
 where r.id = :id
