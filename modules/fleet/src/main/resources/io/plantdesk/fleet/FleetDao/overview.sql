-- One line per live vehicle from its precomputed row (fleet.vehicle_state, kept by the events'
-- triggers: latest event, readings to check, this month's cost) and its most urgent open reminder,
-- the reminders read once for the plant. The events themselves are read only for a vehicle whose
-- row was computed in an earlier month and that has an event dated in this one (entered ahead):
-- its month so far, from this month's partition.
with plant as (
    select core.bucket_start('month', now(), t.time_zone) as month_start, t.time_zone
      from core.tenant t
     where t.id = core.current_tenant()
), next as (
    -- Ordered as the reminders list orders them.
    select distinct on (r.vehicle_id) r.vehicle_id, r.title, r.state, r.due_on, r.due_odometer
      from fleet.reminder_status r
     where r.done_at is null
     order by r.vehicle_id, case r.state when 'overdue' then 0 when 'due_soon' then 1 else 2 end,
              r.days_left nulls last, r.distance_left nulls last, r.id
)
select v.id, v.plate, v.make, v.model, v.status, v.odometer_unit, s.last_kind, s.last_at,
       case when s.cost_month = p.month_start then s.month_cost
            when s.last_at is null or s.last_at < p.month_start then 0
            else (select coalesce(sum(e.cost), 0) from fleet.vehicle_event e
                   where e.tenant_id = v.tenant_id and e.vehicle_id = v.id and e.deleted_at is null
                     and e.occurred_at >= p.month_start
                     and e.occurred_at < core.bucket_end('month', p.month_start, p.time_zone)) end as month_cost,
       coalesce(s.to_review, 0) as to_review,
       next.title as next_title, next.state as next_state, next.due_on as next_due_on,
       next.due_odometer as next_due_odometer
  from fleet.vehicle v
 cross join plant p
  left join fleet.vehicle_state s on s.tenant_id = v.tenant_id and s.vehicle_id = v.id
  left join next on next.vehicle_id = v.id
 where v.deleted_at is null
 order by v.plate
