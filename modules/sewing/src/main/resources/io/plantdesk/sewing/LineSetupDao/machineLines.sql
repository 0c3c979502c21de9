select x.machine_id, l.code as line_code
  from sewing.line_machine x
  join sewing.line l on l.tenant_id = x.tenant_id and l.id = x.line_id
