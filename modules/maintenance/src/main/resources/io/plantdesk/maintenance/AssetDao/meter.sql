select id, asset_id, kind, name, total, read_at from maint.meter where id = :id
