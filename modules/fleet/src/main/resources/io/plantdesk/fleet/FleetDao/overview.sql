-- One line per live vehicle. This month's cost and the latest event come from the daily rollup
-- and the days since it (fleet.overview_figures); the readings to check from their partial index,
-- counted once for the plant rather than once per vehicle across every month's partition.
with figures as materialized (
    select * from fleet.overview_figures()
), review as (
    select e.vehicle_id, count(*)::int as n
      from fleet.vehicle_event e
     where e.odometer_review is not null and e.reviewed_at is null and e.deleted_at is null
     group by e.vehicle_id
)
select v.id, v.plate, v.make, v.model, v.status, v.odometer_unit, f.last_kind, f.last_at,
       coalesce(f.month_cost, 0) as month_cost, coalesce(r.n, 0) as to_review
  from fleet.vehicle v
  left join figures f on f.vehicle_id = v.id
  left join review r on r.vehicle_id = v.id
 where v.deleted_at is null
 order by v.plate
