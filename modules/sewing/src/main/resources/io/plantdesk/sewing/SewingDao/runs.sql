select id, line_id, style_id, order_ref, order_qty, target_efficiency, starts_on, ends_on
  from sewing.run
 where line_id = :lineId
 order by starts_on desc, order_ref
