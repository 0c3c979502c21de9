insert into maint.checklist_template (tenant_id, id, name) values (core.current_tenant(), :id, :name)
