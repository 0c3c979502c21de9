select id, asset_id, kind, name, total, read_at from maint.meter where asset_id = :assetId and deleted_at is null order by kind
