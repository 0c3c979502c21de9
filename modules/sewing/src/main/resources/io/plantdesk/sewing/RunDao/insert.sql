insert into sewing.run (tenant_id, id, line_id, style_id, order_ref, order_qty, target_efficiency, starts_on, ends_on)
values (core.current_tenant(), :id, :d.lineId, :d.styleId, :d.orderRef, :d.orderQty, :d.targetEfficiency,
        :d.startsOn, :d.endsOn)
