-- One level of the tree: the roots (parent null) or a parent's children, by code; each with its
-- number of children so the tree knows which branches can open. Retired assets are left out.
select a.id, a.parent_id, a.kind, a.code, a.name, a.asset_type, a.manufacturer, a.model, a.serial, a.criticality,
       a.location, a.installed_on,
       (select count(*) from maint.asset c
         where c.tenant_id = a.tenant_id and c.parent_id = a.id and c.deleted_at is null)::int as children
  from maint.asset a
 where a.deleted_at is null
   and (case when cast(:parent as uuid) is null then a.parent_id is null else a.parent_id = :parent end)
 order by lower(a.code), a.id
 limit :limit
