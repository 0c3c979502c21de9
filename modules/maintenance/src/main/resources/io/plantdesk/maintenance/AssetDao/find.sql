select id, parent_id, kind, code, name, asset_type, manufacturer, model, serial, criticality, location, installed_on,
       0 as depth, version
  from maint.asset where id = :id
