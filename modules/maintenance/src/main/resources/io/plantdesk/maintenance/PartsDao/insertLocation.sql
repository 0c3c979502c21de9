insert into maint.stock_location (tenant_id, id, name) values (core.current_tenant(), :id, :name)
