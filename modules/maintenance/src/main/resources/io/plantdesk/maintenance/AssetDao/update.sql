update maint.asset
   set parent_id = :d.parentId, kind = :kind, code = :d.code, name = :d.name, asset_type = :d.assetType,
       manufacturer = :d.manufacturer, model = :d.model, serial = :d.serial, criticality = :d.criticality,
       location = :d.location, installed_on = :d.installedOn
 where id = :id and version = :version
