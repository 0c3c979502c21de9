insert into maint.part (tenant_id, id, code, name, unit, unit_cost, reorder_point, reorder_qty, vendor_id)
values (core.current_tenant(), :id, :d.code, :d.name, :d.unit, :d.unitCost, :d.reorderPoint, :d.reorderQty, :d.vendorId)
