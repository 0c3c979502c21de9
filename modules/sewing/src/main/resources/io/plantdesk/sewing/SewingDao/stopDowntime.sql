-- The floor time: the client's, bounded by the server (core.floor_time: never after now(), never before the stop began:
-- a stop lasts at least a second, downtime_ends_after_start).
update sewing.downtime
   set ended_at = core.floor_time(:at, started_at + interval '1 second'), stop_key = :key
 where id = :id and ended_at is null
