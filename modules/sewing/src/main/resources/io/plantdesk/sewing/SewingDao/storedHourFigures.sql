select hour_start, line_id, operator_id, pieces, output, earned_minutes
  from sewing.operator_hour
 where hour_start >= :from and hour_start < :to
 order by hour_start, line_id, operator_id
