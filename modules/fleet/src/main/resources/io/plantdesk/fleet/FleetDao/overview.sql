-- One line per live vehicle; the month starts at midnight of the first in the plant's zone.
with month as (
    select date_trunc('month', now() at time zone t.time_zone) at time zone t.time_zone as start
      from core.tenant t
     where t.id = core.current_tenant()
)
select v.id, v.plate, v.make, v.model, v.status, v.odometer_unit, last.kind as last_kind, last.occurred_at as last_at,
       coalesce((select sum(e.cost) from fleet.vehicle_event e, month
                  where e.vehicle_id = v.id and e.deleted_at is null and e.occurred_at >= month.start), 0) as month_cost,
       (select count(*) from fleet.vehicle_event e
         where e.vehicle_id = v.id and e.deleted_at is null and e.odometer_review is not null
           and e.reviewed_at is null)::int as to_review,
       next.title as next_title, next.state as next_state, next.due_on as next_due_on,
       next.due_odometer as next_due_odometer
  from fleet.vehicle v
  left join lateral (select e.kind, e.occurred_at from fleet.vehicle_event e
                      where e.vehicle_id = v.id and e.deleted_at is null
                      order by e.occurred_at desc limit 1) last on true
  -- The most urgent open reminder, ordered as the reminders list orders them.
  left join lateral (select r.title, r.state, r.due_on, r.due_odometer from fleet.reminder_status r
                      where r.vehicle_id = v.id and r.done_at is null
                      order by case r.state when 'overdue' then 0 when 'due_soon' then 1 else 2 end,
                               r.days_left nulls last, r.distance_left nulls last, r.id
                      limit 1) next on true
 where v.deleted_at is null
 order by v.plate
