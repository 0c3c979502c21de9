-- Newest first, one page after the (beforeAt, beforeId) cursor; the timeline index serves it.
select *
  from fleet.vehicle_event
 where vehicle_id = :vehicleId
   and (deleted_at is not null) = :deleted
   and (cast(:beforeAt as timestamptz) is null or (occurred_at, id) < (:beforeAt, :beforeId))
   and (cast(:kinds as text[]) is null or kind = any (:kinds))
 order by occurred_at desc, id desc
 limit :limit
