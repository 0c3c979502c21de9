-- The floor's sparklines: output per line and hour of the running shift, summed here so that a
-- refresh moves one row per line and hour, not one per operator (V076's read: closed hours from
-- the hourly rollup, the rest from raw rows).
select hour_start, line_id, null::uuid as operator_id, sum(pieces)::bigint as pieces, sum(output)::bigint as output,
       sum(earned_minutes) as earned_minutes
  from sewing.current_shift_hour_figures(:from, :to)
 group by hour_start, line_id
 order by hour_start, line_id
