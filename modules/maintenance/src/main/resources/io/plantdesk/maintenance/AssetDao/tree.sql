-- Tree order: each asset after its parent, siblings by code; retired assets left out.
with recursive t as (
    select a.*, 0 as depth, array[lower(a.code)] as path from maint.asset a
     where a.parent_id is null and a.deleted_at is null
    union all
    select a.*, t.depth + 1, t.path || lower(a.code) from maint.asset a
      join t on a.tenant_id = t.tenant_id and a.parent_id = t.id
     where a.deleted_at is null and t.depth < 64
)
select id, parent_id, kind, code, name, asset_type, manufacturer, model, serial, criticality, location, installed_on,
       depth, version
  from t order by path
