insert into fleet.garage (tenant_id, id, name, address) values (core.current_tenant(), :id, :name, :address)
