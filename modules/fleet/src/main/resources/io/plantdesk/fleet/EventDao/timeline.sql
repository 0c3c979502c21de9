-- Newest first, one page after the (beforeAt, beforeId) cursor (the first page: after the end of
-- time). The cursor is always a row comparison, so every page, the first too, is a keyset range
-- scan of each month's (tenant_id, vehicle_id, occurred_at desc, id desc) index, merged in order
-- and stopped at the limit; never a read and sort of the vehicle's whole history.
select *
  from fleet.vehicle_event
 where vehicle_id = :vehicleId
   and (occurred_at, id) < (coalesce(cast(:beforeAt as timestamptz), 'infinity'),
                            coalesce(cast(:beforeId as uuid), 'ffffffff-ffff-ffff-ffff-ffffffffffff'))
   and (deleted_at is not null) = :deleted
   and (cast(:kinds as text[]) is null or kind = any (:kinds))
   and (not :toCheck or (odometer_review is not null and reviewed_at is null))
 order by occurred_at desc, id desc
 limit :limit
