-- The assets that may hold a new or edited one: of the kinds that can hold it, found by the start
-- of their code or a word of their name (a backslash escapes % and _: what was typed is words, not
-- a pattern), never the asset being edited or one of its parts (a cycle), by code, a page at a
-- time: the picker asks again as the person types, so 50,000 machines are never loaded at once.
with recursive own as (
    select a.id from maint.asset a where a.id = :editing
    union all
    select a.id from maint.asset a join own on a.parent_id = own.id
)
select a.id, a.parent_id, a.kind, a.code, a.name, a.asset_type, a.manufacturer, a.model, a.serial, a.criticality,
       a.location, a.installed_on, 0 as depth, a.version
  from maint.asset a
 where a.deleted_at is null
   and a.kind = any(cast(:kinds as text[]))
   and (:text = '' or lower(a.code) like :prefix or a.name ilike :contains)
   and not exists (select 1 from own where own.id = a.id)
 order by lower(a.code)
 limit :limit
