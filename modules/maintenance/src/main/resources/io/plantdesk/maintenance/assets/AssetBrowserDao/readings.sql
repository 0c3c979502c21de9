select read_at, delta, total
  from maint.meter_reading
 where meter_id = :meter
 order by read_at desc
 limit :limit
