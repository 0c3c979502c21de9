-- A page of the overview (issue 17: the screen's list of 2,000 vehicles is paged in SQL, by plate,
-- unique among live vehicles): the next :limit live vehicles after :after (null: the first page),
-- each from its precomputed row (fleet.vehicle_state, kept by the events' triggers: latest event,
-- readings to check, this month's cost) and its most urgent open reminder, the reminders of this
-- page's vehicles only. The events themselves are read only for a vehicle whose row was computed
-- in an earlier month and that has an event dated in this one (entered ahead): its month so far.
with plant as (
    select core.bucket_start('month', now(), t.time_zone) as month_start, t.time_zone
      from core.tenant t
     where t.id = core.current_tenant()
), page as (
    select v.tenant_id, v.id, v.plate, v.make, v.model, v.status, v.odometer_unit
      from fleet.vehicle v
     where v.deleted_at is null and (cast(:after as text) is null or v.plate > :after)
     order by v.plate
     limit :limit
), next as (
    -- Ordered as the reminders list orders them.
    select distinct on (r.vehicle_id) r.vehicle_id, r.title, r.state, r.due_on, r.due_odometer
      from fleet.reminder_status r
     where r.done_at is null and r.vehicle_id in (select page.id from page)
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
  from page v
 cross join plant p
  left join fleet.vehicle_state s on s.tenant_id = v.tenant_id and s.vehicle_id = v.id
  left join next on next.vehicle_id = v.id
 order by v.plate
