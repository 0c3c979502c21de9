update sewing.run
   set line_id = :d.lineId, style_id = :d.styleId, order_ref = :d.orderRef, order_qty = :d.orderQty,
       target_efficiency = :d.targetEfficiency, starts_on = :d.startsOn, ends_on = :d.endsOn
 where id = :id and version = :version
