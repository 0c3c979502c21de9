select d.id, d.line_id, l.name as line_name, d.machine_id, d.reason, d.note,
       d.started_at, d.ended_at, d.stop_key, d.work_order_id
  from sewing.downtime d
  join sewing.line l on l.tenant_id = d.tenant_id and l.id = d.line_id
 where d.start_key = :key
