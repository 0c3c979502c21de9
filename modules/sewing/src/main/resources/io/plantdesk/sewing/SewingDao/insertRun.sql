insert into sewing.run (tenant_id, id, line_id, style_id, order_ref, order_qty, target_efficiency, starts_on)
values (core.current_tenant(), :id, :lineId, :styleId, :orderRef, :orderQty, :targetEfficiency, :startsOn)
