-- Purpose: vehicle events (fuel, maintenance, repair, damage, inspection, odometer reading,
--          tax/fees, note), partitioned by month; every edit kept as a revision (who, when, before,
--          after); soft delete and restore; location corrections that keep the original and the
--          reason; the odometer rule (a reading that does not fit its neighbours is saved and
--          flagged for review); the client keys that make a fuel entry safe to send twice.
-- Rollback: U041__fleet_vehicle_events.sql
-- Estimated time: instant (new objects only).
create table fleet.vehicle_event (
    tenant_id       uuid not null references core.tenant (id),
    id              uuid not null,
    vehicle_id      uuid not null,
    kind            text not null check (kind in ('fuel', 'maintenance', 'repair', 'damage', 'inspection',
                                                  'odometer', 'tax_fee', 'note')),
    occurred_at     timestamptz not null,
    -- In the vehicle's odometer unit.
    odometer        numeric(10, 1) check (odometer >= 0),
    cost            numeric(12, 2) check (cost >= 0),
    quantity        numeric(10, 3) check (quantity > 0),
    quantity_unit   text check (quantity_unit in ('L', 'gal_us', 'gal_uk', 'kWh', 'h', 'pcs')),
    description     text check (length(description) <= 2000),
    latitude        numeric(9, 6) check (latitude between -90 and 90),
    longitude       numeric(9, 6) check (longitude between -180 and 180),
    place           text check (length(place) <= 200),
    filled_to_full  boolean,
    missed_fill     boolean,
    -- Set by fleet.vehicle_event_check_odometer only: why the reading needs a person's look.
    odometer_review text check (odometer_review in ('lower_than_earlier', 'higher_than_later')),
    reviewed_at     timestamptz,
    deleted_at      timestamptz,
    created_at      timestamptz not null default now(),
    created_by      text not null default session_user,
    updated_at      timestamptz not null default now(),
    updated_by      text not null default session_user,
    version         int not null default 1,
    primary key (tenant_id, id, occurred_at),
    foreign key (tenant_id, vehicle_id) references fleet.vehicle (tenant_id, id),
    constraint event_fuel_fields check ((kind = 'fuel') = (filled_to_full is not null and missed_fill is not null)
                                        and (kind = 'fuel' or (filled_to_full is null and missed_fill is null))),
    constraint event_fuel_quantity check (kind <> 'fuel' or quantity_unit in ('L', 'gal_us', 'gal_uk', 'kWh')),
    constraint event_odometer_reading check (kind <> 'odometer' or odometer is not null),
    constraint event_quantity_unit check ((quantity is null) = (quantity_unit is null)),
    constraint event_coordinates check ((latitude is null) = (longitude is null)),
    constraint event_reviewed check (reviewed_at is null or odometer_review is not null)
) partition by range (occurred_at);
create table fleet.vehicle_event_default partition of fleet.vehicle_event default;
select core.enable_tenant_rls('fleet.vehicle_event');
select core.enable_tenant_rls('fleet.vehicle_event_default');
select core.ensure_month_partitions('fleet.vehicle_event', 24, 0);
select core.register_partitioned_table('fleet.vehicle_event', 'fleet', 3);
create index vehicle_event_timeline on fleet.vehicle_event (tenant_id, vehicle_id, occurred_at desc)
    include (odometer, kind);
select core.attach_row_triggers('fleet.vehicle_event');
select core.track_data_version('fleet.vehicle_event', 'fleet');

-- A reading must lie between the last earlier and the first later reading of the vehicle. One that
-- does not is real data all the same (a late receipt with a typo, a swapped cluster): it is saved
-- and flagged. Flagged readings nobody has confirmed are left out of the comparison, so one wrong
-- entry does not flag every good one after it.
create function fleet.vehicle_event_check_odometer() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    earlier numeric;
    later numeric;
begin
    if tg_op = 'UPDATE' and new.odometer is not distinct from old.odometer and new.occurred_at = old.occurred_at
       and new.deleted_at is not distinct from old.deleted_at then
        return new;
    end if;
    new.odometer_review := null;
    new.reviewed_at := null;
    if new.odometer is null or new.deleted_at is not null then
        return new;
    end if;
    select e.odometer into earlier from fleet.vehicle_event e
     where e.tenant_id = new.tenant_id and e.vehicle_id = new.vehicle_id and e.id <> new.id
       and e.occurred_at < new.occurred_at and e.odometer is not null and e.deleted_at is null
       and (e.odometer_review is null or e.reviewed_at is not null)
     order by e.occurred_at desc limit 1;
    select e.odometer into later from fleet.vehicle_event e
     where e.tenant_id = new.tenant_id and e.vehicle_id = new.vehicle_id and e.id <> new.id
       and e.occurred_at > new.occurred_at and e.odometer is not null and e.deleted_at is null
       and (e.odometer_review is null or e.reviewed_at is not null)
     order by e.occurred_at limit 1;
    if new.odometer < earlier then
        new.odometer_review := 'lower_than_earlier';
    elsif new.odometer > later then
        new.odometer_review := 'higher_than_later';
    end if;
    return new;
end
$$;
create trigger check_odometer before insert or update on fleet.vehicle_event
    for each row execute function fleet.vehicle_event_check_odometer();

-- Every change of an event as the person saw it: what the fields were and became. Written only by
-- the trigger below (nobody may insert), so the history cannot be made up afterwards.
create table fleet.event_revision (
    tenant_id   uuid not null references core.tenant (id),
    id          bigint generated always as identity,
    event_id    uuid not null,
    action      text not null check (action in ('created', 'edited', 'deleted', 'restored', 'location_corrected')),
    changed_at  timestamptz not null default clock_timestamp(),
    changed_by  text not null,
    person_id   uuid,
    before      jsonb,
    after       jsonb not null,
    primary key (tenant_id, id),
    constraint revision_before check ((action = 'created') = (before is null))
);
create index event_revision_event on fleet.event_revision (tenant_id, event_id, id);
select core.enable_tenant_rls('fleet.event_revision');

create function fleet.vehicle_event_revision() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    skip constant text[] := array['tenant_id', 'id', 'created_at', 'created_by', 'updated_at', 'updated_by', 'version'];
    o jsonb;
    n jsonb := to_jsonb(new) - skip;
    k text;
    act text := 'created';
begin
    if tg_op = 'UPDATE' then
        o := to_jsonb(old) - skip;
        for k in select jsonb_object_keys(n) loop
            if o -> k = n -> k then
                o := o - k;
                n := n - k;
            end if;
        end loop;
        if n = '{}'::jsonb then
            return null;
        end if;
        act := case
            when old.deleted_at is null and new.deleted_at is not null then 'deleted'
            when old.deleted_at is not null and new.deleted_at is null then 'restored'
            when n ?| array['latitude', 'longitude', 'place'] then 'location_corrected'
            else 'edited' end;
    end if;
    insert into fleet.event_revision (tenant_id, event_id, action, changed_by, person_id, before, after)
    values (new.tenant_id, new.id, act, session_user,
            (select p.id from core.person p where p.login_role = session_user and p.tenant_id = new.tenant_id),
            o, n);
    return null;
end
$$;
alter function fleet.vehicle_event_revision() owner to plantdesk_security;
revoke all on function fleet.vehicle_event_revision() from public;
grant insert on fleet.event_revision to plantdesk_security;
create trigger revision after insert or update on fleet.vehicle_event
    for each row execute function fleet.vehicle_event_revision();

-- A location is never overwritten in place: a correction row keeps where the event was first put,
-- where it really was and why; its trigger takes the original from the event itself (the client
-- cannot invent it) and moves the event. People have no UPDATE on the location columns.
create table fleet.location_correction (
    tenant_id          uuid not null references core.tenant (id),
    id                 uuid not null,
    event_id           uuid not null,
    event_at           timestamptz not null,
    original_latitude  numeric(9, 6),
    original_longitude numeric(9, 6),
    original_place     text,
    latitude           numeric(9, 6) check (latitude between -90 and 90),
    longitude          numeric(9, 6) check (longitude between -180 and 180),
    place              text check (length(place) <= 200),
    reason             text not null check (length(trim(reason)) between 3 and 500),
    created_at         timestamptz not null default now(),
    created_by         text not null default session_user,
    updated_at         timestamptz not null default now(),
    updated_by         text not null default session_user,
    version            int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, event_id, event_at) references fleet.vehicle_event (tenant_id, id, occurred_at)
        on update cascade,
    constraint correction_coordinates check ((latitude is null) = (longitude is null)),
    constraint correction_changes_something check (latitude is not null or place is not null)
);
create index location_correction_event on fleet.location_correction (tenant_id, event_id);
select core.enable_tenant_rls('fleet.location_correction');
select core.attach_row_triggers('fleet.location_correction');

create function fleet.location_correction_apply() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    select e.latitude, e.longitude, e.place
      into new.original_latitude, new.original_longitude, new.original_place
      from fleet.vehicle_event e
     where e.tenant_id = new.tenant_id and e.id = new.event_id and e.occurred_at = new.event_at
       and e.deleted_at is null;
    if not found then
        raise exception 'a deleted event''s location cannot be corrected; restore it first'
            using errcode = '23514', constraint = 'correction_live_event';
    end if;
    update fleet.vehicle_event e
       set latitude = new.latitude, longitude = new.longitude, place = coalesce(new.place, e.place)
     where e.tenant_id = new.tenant_id and e.id = new.event_id and e.occurred_at = new.event_at;
    return new;
end
$$;
revoke all on function fleet.location_correction_apply() from public;
create trigger apply_correction before insert on fleet.location_correction
    for each row execute function fleet.location_correction_apply();

-- One row per client-generated key of a write that may be sent again (a fuel entry from the pump
-- goes through the offline outbox, which repeats until it hears back). The primary key makes the
-- second arrival find the first's event instead of adding another.
create table fleet.client_request (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    operation  text not null check (operation in ('fuel_entry', 'odometer_reading')),
    event_id   uuid not null,
    event_at   timestamptz not null,
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, event_id, event_at) references fleet.vehicle_event (tenant_id, id, occurred_at)
        on update cascade
);
select core.enable_tenant_rls('fleet.client_request');
select core.attach_row_triggers('fleet.client_request');

grant select on fleet.vehicle_event, fleet.event_revision, fleet.location_correction, fleet.client_request
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
-- Drivers (operators) record events; those who keep the fleet correct and delete them.
grant insert on fleet.vehicle_event, fleet.location_correction, fleet.client_request
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant update (kind, occurred_at, odometer, cost, quantity, quantity_unit, description, filled_to_full,
              missed_fill, reviewed_at, deleted_at)
    on fleet.vehicle_event to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician;
