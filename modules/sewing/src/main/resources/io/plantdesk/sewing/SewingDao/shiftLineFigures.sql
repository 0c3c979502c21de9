-- The running shift: closed hours from the hourly rollup, the open hour and the edges from raw rows (V076).
select l.id as line_id, l.code as line_code, l.name as line_name, coalesce(f.output, 0) as output,
       coalesce(f.earned_minutes, 0) as earned_minutes, coalesce(f.attended_minutes, 0) as attended_minutes,
       coalesce(f.operators, 0) as operators, coalesce(f.overtime_minutes, 0) as overtime_minutes,
       coalesce(f.downtime_minutes, 0) as downtime_minutes
  from sewing.line l
  left join sewing.current_shift_line_figures(:from, :to) f on f.line_id = l.id
 where l.deleted_at is null
 order by l.code
