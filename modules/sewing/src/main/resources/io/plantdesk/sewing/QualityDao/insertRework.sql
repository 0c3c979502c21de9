-- The floor time: the client's, bounded by the server (core.floor_time: never after now(), never before the check it reworks).
insert into sewing.rework (tenant_id, id, client_key, bundle_id, operation_id, line_id, operator_id, check_id, pieces,
                           reworked_at)
values (core.current_tenant(), :id, :key, :bundleId, :operationId, :lineId, :operatorId, :checkId, :pieces,
        core.floor_time(:at, (select c.checked_at from sewing.qc_check c where c.id = :checkId)))
on conflict (tenant_id, client_key) do nothing
