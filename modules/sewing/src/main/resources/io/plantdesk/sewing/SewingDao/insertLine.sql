insert into sewing.line (tenant_id, id, code, name, hourly_target)
values (core.current_tenant(), :id, :code, :name, :hourlyTarget)
