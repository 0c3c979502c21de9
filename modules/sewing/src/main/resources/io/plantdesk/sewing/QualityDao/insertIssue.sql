-- The pieces are the bundle's (the table's trigger sets them); a replayed key inserts nothing.
insert into sewing.bundle_issue (tenant_id, id, client_key, bundle_id, line_id, pieces, issued_at)
values (core.current_tenant(), :id, :key, :bundleId, :lineId, 1, :at)
on conflict (tenant_id, client_key) do nothing
