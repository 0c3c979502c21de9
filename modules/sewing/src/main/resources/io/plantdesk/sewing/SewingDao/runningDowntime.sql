select d.id, d.line_id, l.name as line_name, d.machine_id, a.name as machine_name, d.reason, d.note,
       d.started_at, d.ended_at, d.stop_key, d.work_order_id, w.number as work_order_number
  from sewing.downtime d
  join sewing.line l on l.tenant_id = d.tenant_id and l.id = d.line_id
  left join maint.asset a on a.tenant_id = d.tenant_id and a.id = d.machine_id
  left join maint.work_order w on w.tenant_id = d.tenant_id and w.id = d.work_order_id
 where d.ended_at is null
 order by l.code, d.started_at
