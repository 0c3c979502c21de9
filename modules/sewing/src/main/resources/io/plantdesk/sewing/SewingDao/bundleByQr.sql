select b.id, b.run_id, b.ticket, b.size, b.quantity, b.qr_code, s.id as style_id, s.code as style_code, r.order_ref
  from sewing.bundle b
  join sewing.run r on r.tenant_id = b.tenant_id and r.id = b.run_id
  join sewing.style s on s.tenant_id = r.tenant_id and s.id = r.style_id
 where b.qr_code = :qr
