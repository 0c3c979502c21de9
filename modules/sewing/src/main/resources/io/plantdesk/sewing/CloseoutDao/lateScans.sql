select l.scan_id, b.ticket, st.code as style_code, o.name as operation, p.display_name as operator_name,
       ln.code as line_code, l.pieces, l.scanned_at, l.recorded_at, l.device
  from sewing.late_scans(:at) l
  join sewing.bundle b on b.id = l.bundle_id
  join sewing.run r on r.tenant_id = b.tenant_id and r.id = b.run_id
  join sewing.style st on st.tenant_id = r.tenant_id and st.id = r.style_id
  join sewing.operation o on o.id = l.operation_id
  join sewing.line ln on ln.id = l.line_id
  join core.person p on p.id = l.operator_id
 order by l.scanned_at, l.scan_id
