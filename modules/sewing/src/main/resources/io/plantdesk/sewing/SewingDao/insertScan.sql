-- The floor time: the client's, bounded by the server (core.floor_time: never after now()).
-- Pieces and SMV are the bundle's and the operation's at this moment (the trigger checks both).
insert into sewing.bundle_scan (tenant_id, id, client_key, bundle_id, operation_id, line_id, operator_id, machine_id,
                                device, pieces, smv, scanned_at)
select core.current_tenant(), :id, :key, :bundleId, o.id, :lineId, :operatorId, :machineId, :device, :pieces, o.smv, core.floor_time(:at, null)
  from sewing.operation o
 where o.id = :operationId
