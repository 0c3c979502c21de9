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
       coalesce(f.month_cost, 0) as month_cost, coalesce(r.n, 0) as to_review,
       next.title as next_title, next.state as next_state, next.due_on as next_due_on,
       next.due_odometer as next_due_odometer
  from fleet.vehicle v
  left join figures f on f.vehicle_id = v.id
  left join review r on r.vehicle_id = v.id
  -- The most urgent open reminder, ordered as the reminders list orders them.
  left join lateral (select r.title, r.state, r.due_on, r.due_odometer from fleet.reminder_status r
                      where r.vehicle_id = v.id and r.done_at is null
                      order by case r.state when 'overdue' then 0 when 'due_soon' then 1 else 2 end,
                               r.days_left nulls last, r.distance_left nulls last, r.id
                      limit 1) next on true
 where v.deleted_at is null
 order by v.plate
