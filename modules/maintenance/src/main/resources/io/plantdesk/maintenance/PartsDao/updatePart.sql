update maint.part set code = :d.code, name = :d.name, unit = :d.unit, unit_cost = :d.unitCost,
       reorder_point = :d.reorderPoint, reorder_qty = :d.reorderQty, vendor_id = :d.vendorId
 where id = :id and version = :version
