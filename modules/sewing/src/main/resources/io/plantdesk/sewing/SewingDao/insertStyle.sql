insert into sewing.style (tenant_id, id, code, name)
values (core.current_tenant(), :id, :code, :name)
