-- The days [from, to] per line as the dashboards read them (V128): stored days from the day
-- rollup, today and days waiting for the engine counted from raw rows.
select d.day, d.line_id, l.code as line_code, l.name as line_name, upper(d.source) as source, d.output,
       d.earned_minutes, d.attended_minutes, d.operators, d.overtime_minutes, d.downtime_minutes,
       d.target_efficiency, d.wip
  from sewing.current_line_days(:from, :to) d
  join sewing.line l on l.id = d.line_id
 order by d.day, l.code
