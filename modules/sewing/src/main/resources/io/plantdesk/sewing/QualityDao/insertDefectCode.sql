insert into sewing.defect_code (tenant_id, id, code, name) values (core.current_tenant(), :id, :code, :name)
