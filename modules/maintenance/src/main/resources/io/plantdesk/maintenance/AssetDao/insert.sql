insert into maint.asset (tenant_id, id, parent_id, kind, code, name, asset_type, manufacturer, model, serial,
                         criticality, location, installed_on)
values (core.current_tenant(), :id, :d.parentId, :kind, :d.code, :d.name, :d.assetType, :d.manufacturer, :d.model,
        :d.serial, :d.criticality, :d.location, :d.installedOn)
