-- One line per live vehicle; this month's cost (from midnight of the first in the plant's zone)
-- comes from the daily rollup, today and days the engine has not reached yet live.
select v.id, v.plate, v.make, v.model, v.status, v.odometer_unit, last.kind as last_kind, last.occurred_at as last_at,
       coalesce(mtd.cost, 0) as month_cost,
       (select count(*) from fleet.vehicle_event e
         where e.vehicle_id = v.id and e.deleted_at is null and e.odometer_review is not null
           and e.reviewed_at is null)::int as to_review
  from fleet.vehicle v
  left join fleet.month_to_date_cost() mtd on mtd.vehicle_id = v.id
  left join lateral (select e.kind, e.occurred_at from fleet.vehicle_event e
                      where e.vehicle_id = v.id and e.deleted_at is null
                      order by e.occurred_at desc limit 1) last on true
 where v.deleted_at is null
 order by v.plate
