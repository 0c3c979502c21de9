-- Purpose: the fleet schema (issue 17) and its register: garages and the vehicles kept in them
--          (plate, VIN, make, model, year, fuel type, odometer unit, status, garage, driver).
-- Rollback: U040__fleet_vehicles.sql
-- Estimated time: instant (new objects only).
create schema fleet authorization plantdesk_owner;
grant usage on schema fleet to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator, plantdesk_security;

create table fleet.garage (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    name       text not null check (length(trim(name)) between 1 and 80),
    address    text check (length(address) <= 200),
    deleted_at timestamptz,
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id)
);
create unique index garage_name on fleet.garage (tenant_id, lower(name)) where deleted_at is null;
select core.enable_tenant_rls('fleet.garage');
select core.attach_row_triggers('fleet.garage');

create table fleet.vehicle (
    tenant_id     uuid not null references core.tenant (id),
    id            uuid not null,
    plate         text not null check (plate ~ '^[A-Z0-9][A-Z0-9 -]{0,14}[A-Z0-9]$'),
    -- ISO 3779: seventeen characters without I, O and Q; older and off-road vehicles have none.
    vin           text check (vin ~ '^[A-HJ-NPR-Z0-9]{17}$'),
    make          text not null check (length(trim(make)) between 1 and 60),
    model         text not null check (length(trim(model)) between 1 and 60),
    model_year    smallint check (model_year between 1950 and 2100),
    fuel_type     text not null check (fuel_type in ('diesel', 'petrol', 'lpg', 'cng', 'electric', 'hybrid')),
    odometer_unit text not null default 'km' check (odometer_unit in ('km', 'mi')),
    status        text not null default 'active'
                  check (status in ('active', 'in_service', 'out_of_service', 'retired')),
    garage_id     uuid,
    driver_id     uuid,
    deleted_at    timestamptz,
    created_at    timestamptz not null default now(),
    created_by    text not null default session_user,
    updated_at    timestamptz not null default now(),
    updated_by    text not null default session_user,
    version       int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, garage_id) references fleet.garage (tenant_id, id),
    foreign key (tenant_id, driver_id) references core.person (tenant_id, id)
);
create unique index vehicle_plate on fleet.vehicle (tenant_id, plate) where deleted_at is null;
create unique index vehicle_vin on fleet.vehicle (tenant_id, vin) where deleted_at is null and vin is not null;
create index vehicle_garage on fleet.vehicle (tenant_id, garage_id);
select core.enable_tenant_rls('fleet.vehicle');
select core.attach_row_triggers('fleet.vehicle');
select core.track_data_version('fleet.vehicle', 'fleet');

grant select on fleet.garage, fleet.vehicle to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
grant insert, update on fleet.garage, fleet.vehicle to plantdesk_admin, plantdesk_planner;
-- A supervisor takes a vehicle off the road or back (status) and hands it to a driver.
grant update (status, driver_id) on fleet.vehicle to plantdesk_supervisor;
