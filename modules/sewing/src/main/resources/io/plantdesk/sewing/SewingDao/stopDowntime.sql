update sewing.downtime
   set ended_at = :at, stop_key = :key
 where id = :id and ended_at is null
