-- Purpose: the fleet overview at scale (issue 17: 2,000 vehicles, 10 million events, at most 20 ms
--          p95): one precomputed row per vehicle (its latest live event, its latest reading that
--          nobody needs to check, the readings waiting for a look, and this month's cost), kept by
--          statement triggers on the events, so the overview and the reminders' state read one row
--          per vehicle instead of each vehicle's events across every month's partition.
-- Rollback: U084__fleet_vehicle_state.sql
-- Estimated time: about 2 ms per vehicle (the backfill reads each vehicle's newest events).

-- Derived from fleet.vehicle_event only, so it is neither audited nor versioned: the events are.
-- month_cost is the cost of cost_month (the plant's month when the row was last computed); a
-- reader in a later month takes 0 when last_at lies before its month (no event since), else counts.
create table fleet.vehicle_state (
    tenant_id   uuid not null references core.tenant (id),
    vehicle_id  uuid not null,
    last_at     timestamptz,
    last_kind   text,
    odometer    numeric(10, 1),
    odometer_at timestamptz,
    to_review   int not null default 0 check (to_review >= 0),
    cost_month  timestamptz not null,
    month_cost  numeric(14, 2) not null default 0 check (month_cost >= 0),
    primary key (tenant_id, vehicle_id),
    foreign key (tenant_id, vehicle_id) references fleet.vehicle (tenant_id, id) on delete cascade
);
select core.enable_tenant_rls('fleet.vehicle_state');
grant select on fleet.vehicle_state
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant select, insert, update on fleet.vehicle_state to plantdesk_security;

-- Recomputes the given vehicles' rows from their raw events. Each row is locked first, in one order,
-- so two transactions writing one vehicle's events wait for each other here, and the second then
-- reads the first's committed events (each statement below takes a new snapshot): the row never
-- keeps a figure that misses a committed event.
create function fleet.vehicle_state_refresh(p_tenant uuid, p_vehicles uuid[]) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    tz text;
    month timestamptz;
begin
    select t.time_zone into tz from core.tenant t where t.id = p_tenant;
    month := core.bucket_start('month', now(), tz);
    insert into fleet.vehicle_state (tenant_id, vehicle_id, cost_month)
    select p_tenant, v.id, month from unnest(p_vehicles) as v(id)
      join fleet.vehicle x on x.tenant_id = p_tenant and x.id = v.id
     order by v.id
    on conflict do nothing;
    perform 1 from fleet.vehicle_state s
     where s.tenant_id = p_tenant and s.vehicle_id = any (p_vehicles)
     order by s.vehicle_id
       for no key update;
    update fleet.vehicle_state s
       set last_at = l.occurred_at, last_kind = l.kind, odometer = r.odometer, odometer_at = r.occurred_at,
           to_review = c.n, cost_month = month, month_cost = m.cost
      from unnest(p_vehicles) as v(id)
      left join lateral (select e.occurred_at, e.kind from fleet.vehicle_event e
                          where e.tenant_id = p_tenant and e.vehicle_id = v.id and e.deleted_at is null
                          order by e.occurred_at desc, e.kind limit 1) l on true
      -- The reading the odometer rule and the reminders go by: live, and nobody needs to check it.
      left join lateral (select e.odometer, e.occurred_at from fleet.vehicle_event e
                          where e.tenant_id = p_tenant and e.vehicle_id = v.id and e.deleted_at is null
                            and e.odometer is not null and (e.odometer_review is null or e.reviewed_at is not null)
                          order by e.occurred_at desc, e.id desc limit 1) r on true
      cross join lateral (select count(*)::int as n from fleet.vehicle_event e
                           where e.tenant_id = p_tenant and e.vehicle_id = v.id
                             and e.odometer_review is not null and e.reviewed_at is null and e.deleted_at is null) c
      cross join lateral (select coalesce(sum(e.cost), 0) as cost from fleet.vehicle_event e
                           where e.tenant_id = p_tenant and e.vehicle_id = v.id and e.deleted_at is null
                             and e.occurred_at >= month and e.occurred_at < core.bucket_end('month', month, tz)) m
     where s.tenant_id = p_tenant and s.vehicle_id = v.id;
end
$$;
alter function fleet.vehicle_state_refresh(uuid, uuid[]) owner to plantdesk_security;
revoke all on function fleet.vehicle_state_refresh(uuid, uuid[]) from public;

-- After each statement, the vehicles it touched (before and after an edit that moves an event to
-- another vehicle too), plant by plant.
create function fleet.vehicle_event_state() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    p record;
begin
    if tg_op = 'UPDATE' then
        for p in select c.tenant_id, array_agg(distinct c.vehicle_id) as vehicles
                   from (select tenant_id, vehicle_id from changed_rows
                         union select tenant_id, vehicle_id from changed_old) c
                  group by c.tenant_id loop
            perform fleet.vehicle_state_refresh(p.tenant_id, p.vehicles);
        end loop;
    else
        for p in select c.tenant_id, array_agg(distinct c.vehicle_id) as vehicles
                   from changed_rows c group by c.tenant_id loop
            perform fleet.vehicle_state_refresh(p.tenant_id, p.vehicles);
        end loop;
    end if;
    return null;
end
$$;
alter function fleet.vehicle_event_state() owner to plantdesk_security;
revoke all on function fleet.vehicle_event_state() from public;
create trigger vehicle_state_ins after insert on fleet.vehicle_event referencing new table as changed_rows
    for each statement execute function fleet.vehicle_event_state();
create trigger vehicle_state_upd after update on fleet.vehicle_event
    referencing old table as changed_old new table as changed_rows
    for each statement execute function fleet.vehicle_event_state();
create trigger vehicle_state_del after delete on fleet.vehicle_event referencing old table as changed_rows
    for each statement execute function fleet.vehicle_event_state();

select fleet.vehicle_state_refresh(v.tenant_id, array_agg(v.id)) from fleet.vehicle v group by v.tenant_id;

-- The reminders' current reading from the vehicle's row instead of a search through its events.
create or replace view fleet.reminder_status with (security_invoker = true) as
select r.tenant_id, r.id, r.vehicle_id, v.plate, v.odometer_unit, v.garage_id, r.title, r.notes, r.due_on,
       r.due_odometer, r.every_months, r.every_distance, r.soon_days, r.soon_distance, r.previous_id, r.done_on,
       r.done_odometer, r.done_at, r.version, odo.odometer as current_odometer,
       r.due_on - today.d as days_left, r.due_odometer - odo.odometer as distance_left,
       case when r.done_at is not null then 'done'
            when r.due_on < today.d or odo.odometer >= r.due_odometer then 'overdue'
            when r.due_on - r.soon_days <= today.d or odo.odometer >= r.due_odometer - r.soon_distance then 'due_soon'
            else 'upcoming' end as state
  from fleet.reminder r
  join fleet.vehicle v on v.tenant_id = r.tenant_id and v.id = r.vehicle_id
  join core.tenant t on t.id = r.tenant_id
 cross join lateral (select (now() at time zone t.time_zone)::date as d) today
  left join fleet.vehicle_state odo on odo.tenant_id = r.tenant_id and odo.vehicle_id = r.vehicle_id
 where r.deleted_at is null and v.deleted_at is null;
