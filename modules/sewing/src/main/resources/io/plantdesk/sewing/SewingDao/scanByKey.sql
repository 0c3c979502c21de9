select sc.id, sc.bundle_id, sc.operation_id, b.ticket, st.code as style_code, o.name as operation,
       p.display_name as operator_name, sc.pieces, sc.scanned_at,
       to_char(sc.scanned_at at time zone t.time_zone, 'YYYY-MM-DD HH24:MI') as local_time
  from sewing.bundle_scan sc
  join sewing.bundle b on b.tenant_id = sc.tenant_id and b.id = sc.bundle_id
  join sewing.run r on r.tenant_id = b.tenant_id and r.id = b.run_id
  join sewing.style st on st.tenant_id = r.tenant_id and st.id = r.style_id
  join sewing.operation o on o.tenant_id = sc.tenant_id and o.id = sc.operation_id
  join core.person p on p.tenant_id = sc.tenant_id and p.id = sc.operator_id
  join core.tenant t on t.id = sc.tenant_id
 where sc.client_key = :key
