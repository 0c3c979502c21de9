-- The floor's sparklines: output per line and hour of the running shift (V098's read: closed hours
-- from the per-line hourly rollup, a few hundred rows a shift; the rest from raw rows).
select hour_start, line_id, null::uuid as operator_id, pieces, output, earned_minutes
  from sewing.current_shift_line_hours(:from, :to)
 order by hour_start, line_id
