select hour_start, line_id, operator_id, pieces, output, earned_minutes
  from sewing.current_operator_hour_figures(:from, :to)
 order by hour_start, line_id, operator_id
