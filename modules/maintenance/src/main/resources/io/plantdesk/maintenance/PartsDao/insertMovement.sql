-- The trigger apply_stock_movement moves maint.stock and refuses to take out more than is there.
insert into maint.stock_movement (tenant_id, id, part_id, location_id, kind, quantity, unit_cost, work_order_id,
                                  vendor_id, reason)
values (core.current_tenant(), :id, :partId, :locationId, :kind, :quantity, :unitCost, :workOrderId, :vendorId, :reason)
