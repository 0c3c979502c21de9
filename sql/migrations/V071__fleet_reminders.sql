-- Purpose: reminders per vehicle (issue 17): due by date, by odometer, or whichever comes first,
--          recurring every N months and/or N km, with "due soon" thresholds; their state (upcoming,
--          due soon, overdue, done) computed in one view from the plant's day and the last reading.
-- Rollback: U071__fleet_reminders.sql
-- Estimated time: instant (new objects only).

-- One row per occurrence: marking one done keeps it (when, at what reading) and the service adds the
-- next occurrence with previous_id pointing back; the unique index makes a second "done" of the same
-- occurrence (two people, one click sent twice) unable to add a second next one.
create table fleet.reminder (
    tenant_id      uuid not null references core.tenant (id),
    id             uuid not null,
    vehicle_id     uuid not null,
    title          text not null check (length(trim(title)) between 1 and 120),
    notes          text check (length(notes) <= 1000),
    due_on         date,
    -- In the vehicle's odometer unit, like the events.
    due_odometer   numeric(10, 1) check (due_odometer >= 0),
    every_months   smallint check (every_months between 1 and 120),
    every_distance numeric(10, 1) check (every_distance > 0 and every_distance <= 1000000),
    soon_days      smallint not null default 14 check (soon_days between 0 and 365),
    soon_distance  numeric(10, 1) not null default 500 check (soon_distance between 0 and 100000),
    previous_id    uuid,
    done_on        date,
    done_odometer  numeric(10, 1) check (done_odometer >= 0),
    done_at        timestamptz,
    deleted_at     timestamptz,
    created_at     timestamptz not null default now(),
    created_by     text not null default session_user,
    updated_at     timestamptz not null default now(),
    updated_by     text not null default session_user,
    version        int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, vehicle_id) references fleet.vehicle (tenant_id, id),
    foreign key (tenant_id, previous_id) references fleet.reminder (tenant_id, id),
    constraint reminder_due check (due_on is not null or due_odometer is not null),
    constraint reminder_every_months check (every_months is null or due_on is not null),
    constraint reminder_every_distance check (every_distance is null or due_odometer is not null),
    constraint reminder_done check ((done_at is null) = (done_on is null)
                                    and (done_odometer is null or done_at is not null))
);
create unique index reminder_next on fleet.reminder (tenant_id, previous_id) where previous_id is not null;
create index reminder_open on fleet.reminder (tenant_id, vehicle_id, due_on)
    where done_at is null and deleted_at is null;
select core.enable_tenant_rls('fleet.reminder');
select core.attach_row_triggers('fleet.reminder');
select core.track_data_version('fleet.reminder', 'fleet');

-- Done is final: the occurrence is the record of the work; a mistake is fixed on the next one.
create function fleet.reminder_stays_done() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if old.done_at is not null and (new.done_at is distinct from old.done_at or new.done_on is distinct from old.done_on
            or new.done_odometer is distinct from old.done_odometer or new.due_on is distinct from old.due_on
            or new.due_odometer is distinct from old.due_odometer) then
        raise exception 'a reminder marked done stays done'
            using errcode = '23514', constraint = 'reminder_stays_done';
    end if;
    return new;
end
$$;
revoke all on function fleet.reminder_stays_done() from public;
create trigger stays_done before update on fleet.reminder
    for each row execute function fleet.reminder_stays_done();

-- A reminder with its state: overdue once its day has passed or the odometer has reached its
-- reading; due soon within soon_days of its day or soon_distance of its reading; otherwise upcoming.
-- The reading is the vehicle's latest live one that nobody needs to check. The plant's day comes
-- from its time zone. security_invoker: the caller's RLS applies.
create view fleet.reminder_status with (security_invoker = true) as
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
  left join lateral (select e.odometer from fleet.vehicle_event e
                      where e.tenant_id = r.tenant_id and e.vehicle_id = r.vehicle_id and e.deleted_at is null
                        and e.odometer is not null and (e.odometer_review is null or e.reviewed_at is not null)
                      order by e.occurred_at desc limit 1) odo on true
 where r.deleted_at is null and v.deleted_at is null;

grant select on fleet.reminder, fleet.reminder_status to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
-- Those who keep the fleet plan reminders; technicians also mark them done (which adds the next).
grant insert, update on fleet.reminder to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician;
