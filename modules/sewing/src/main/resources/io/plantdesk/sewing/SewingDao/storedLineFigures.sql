select l.id as line_id, l.code as line_code, l.name as line_name, s.output, s.earned_minutes, s.attended_minutes,
       s.operators, s.overtime_minutes, s.downtime_minutes
  from sewing.line_shift s
  join sewing.line l on l.tenant_id = s.tenant_id and l.id = s.line_id
 where s.shift_start = :shiftStart
 order by l.code
