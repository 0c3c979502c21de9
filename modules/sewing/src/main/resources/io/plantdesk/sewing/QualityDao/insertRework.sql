insert into sewing.rework (tenant_id, id, client_key, bundle_id, operation_id, line_id, operator_id, check_id, pieces,
                           reworked_at)
values (core.current_tenant(), :id, :key, :bundleId, :operationId, :lineId, :operatorId, :checkId, :pieces, :at)
on conflict (tenant_id, client_key) do nothing
