insert into sewing.operation_precedence (tenant_id, id, operation_id, requires_id)
values (core.current_tenant(), :id, :operationId, :requiresId)
