insert into maint.vendor (tenant_id, id, name, contact, phone, email)
values (core.current_tenant(), :id, :name, :contact, :phone, :email)
