insert into maint.meter (tenant_id, id, asset_id, kind, name) values (core.current_tenant(), :id, :assetId, :kind, :name)
on conflict (tenant_id, asset_id, kind) where deleted_at is null do nothing
