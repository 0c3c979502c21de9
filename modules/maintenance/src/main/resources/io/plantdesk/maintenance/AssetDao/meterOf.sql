select id, asset_id, kind, name, total, read_at from maint.meter
 where asset_id = :assetId and kind = :kind and deleted_at is null
