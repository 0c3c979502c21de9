select hour_start, line_id, operator_id, pieces, output, earned_minutes
  from sewing.current_shift_hour_figures(:from, :to)
 order by hour_start, line_id, operator_id
