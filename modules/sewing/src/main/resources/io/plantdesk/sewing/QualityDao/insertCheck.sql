-- The floor time: the client's, bounded by the server (core.floor_time: never after now()).
insert into sewing.qc_check (tenant_id, id, client_key, bundle_id, operation_id, line_id, operator_id, inspector_id,
                             pieces_checked, pieces_defective, defects, checked_at)
values (core.current_tenant(), :id, :key, :bundleId, :operationId, :lineId, :operatorId, :inspectorId,
        :checked, :defective, :defects, core.floor_time(:at, null))
