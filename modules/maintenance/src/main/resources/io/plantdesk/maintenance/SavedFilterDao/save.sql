-- Saving under a name the person already used replaces that filter (theirs only: the key has the owner).
insert into maint.saved_filter (tenant_id, id, name, query, shared)
values (core.current_tenant(), :id, :name, :query, :shared)
on conflict on constraint saved_filter_name do update set query = excluded.query, shared = excluded.shared
