-- Purpose: the maintenance schema (issue 14) and its asset register: assets in a hierarchy (site,
--          line, machine, component) with type, serial, criticality and location; their meters
--          (run hours, pieces, cycles) with a running total and every reading; and the ledger of
--          idempotency keys that makes the maintenance api's writes safe to repeat.
-- Rollback: U022__maint_assets.sql
-- Estimated time: instant (new objects only).
create schema maint authorization plantdesk_owner;
grant usage on schema maint to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator, plantdesk_security;

create table maint.asset (
    tenant_id    uuid not null references core.tenant (id),
    id           uuid not null,
    parent_id    uuid,
    kind         text not null check (kind in ('site', 'line', 'machine', 'component')),
    code         text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$'),
    name         text not null check (length(trim(name)) between 1 and 120),
    asset_type   text check (length(asset_type) <= 80),
    manufacturer text check (length(manufacturer) <= 80),
    model        text check (length(model) <= 80),
    serial       text check (length(serial) <= 80),
    -- 1 (run to failure) .. 5 (stops the plant): the planner's ranking for priorities and PM.
    criticality  smallint not null default 3 check (criticality between 1 and 5),
    location     text check (length(location) <= 120),
    installed_on date,
    deleted_at   timestamptz,
    created_at   timestamptz not null default now(),
    created_by   text not null default session_user,
    updated_at   timestamptz not null default now(),
    updated_by   text not null default session_user,
    version      int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, parent_id) references maint.asset (tenant_id, id),
    constraint asset_site_is_root check ((kind = 'site') = (parent_id is null))
);
create unique index asset_code on maint.asset (tenant_id, lower(code));
create index asset_parent on maint.asset (tenant_id, parent_id);
select core.enable_tenant_rls('maint.asset');
select core.attach_row_triggers('maint.asset');

-- A parent is of a higher level (site > line > machine > component; a component may hold
-- components) and an asset is never its own ancestor. A trigger, because a CHECK cannot read
-- the parent's row.
create function maint.asset_level(p_kind text) returns int
    language sql immutable parallel safe
as $$
    select case p_kind when 'site' then 1 when 'line' then 2 when 'machine' then 3 when 'component' then 4 end
$$;

create function maint.asset_check_parent() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    parent_kind text;
    cycle boolean;
begin
    if new.parent_id is null then
        return new;
    end if;
    select kind into parent_kind from maint.asset where tenant_id = new.tenant_id and id = new.parent_id;
    if maint.asset_level(parent_kind) > maint.asset_level(new.kind)
       or (maint.asset_level(parent_kind) = maint.asset_level(new.kind) and new.kind <> 'component') then
        raise exception 'a % cannot be placed under a %', new.kind, parent_kind
            using errcode = '23514', constraint = 'asset_parent_level';
    end if;
    with recursive up as (
        select a.id, a.parent_id, 1 as depth from maint.asset a where a.tenant_id = new.tenant_id and a.id = new.parent_id
        union all
        select a.id, a.parent_id, u.depth + 1 from maint.asset a join up u on a.tenant_id = new.tenant_id and a.id = u.parent_id
         where u.depth < 64
    )
    select exists (select 1 from up where id = new.id) into cycle;
    if cycle then
        raise exception 'an asset cannot be placed under itself or one of its own parts'
            using errcode = '23514', constraint = 'asset_parent_cycle';
    end if;
    return new;
end
$$;
create trigger asset_check_parent before insert or update of parent_id, kind on maint.asset
    for each row execute function maint.asset_check_parent();

-- A meter keeps its running total in the row: adding pieces locks it (serialising concurrent
-- additions, so none is lost) and the reading records the total it produced.
create table maint.meter (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    asset_id   uuid not null,
    kind       text not null check (kind in ('run_hours', 'pieces', 'cycles')),
    name       text not null check (length(trim(name)) between 1 and 80),
    total      numeric(14, 2) not null default 0 check (total >= 0),
    read_at    timestamptz,
    deleted_at timestamptz,
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, asset_id) references maint.asset (tenant_id, id)
);
create unique index meter_asset_kind on maint.meter (tenant_id, asset_id, kind) where deleted_at is null;
select core.enable_tenant_rls('maint.meter');
select core.attach_row_triggers('maint.meter');

create table maint.meter_reading (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    meter_id   uuid not null,
    read_at    timestamptz not null,
    -- What was added (pieces sewn since the last feed) or null for an absolute reading.
    delta      numeric(14, 2) check (delta > 0),
    total      numeric(14, 2) not null check (total >= 0),
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, meter_id) references maint.meter (tenant_id, id)
);
create index meter_reading_meter_at on maint.meter_reading (tenant_id, meter_id, read_at desc);
select core.enable_tenant_rls('maint.meter_reading');
select core.attach_row_triggers('maint.meter_reading');

-- One row per idempotency key of the maintenance api: written in the same transaction as the
-- action, so a repeated key (a retried call, an outbox replay) finds the first result instead of
-- acting twice. The primary key is the last line of defence against two concurrent repeats.
create table maint.api_request (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    operation  text not null check (operation ~ '^[a-z_]{1,40}$'),
    result     jsonb not null,
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id)
);
select core.enable_tenant_rls('maint.api_request');
select core.attach_row_triggers('maint.api_request');

grant select on maint.asset, maint.meter, maint.meter_reading to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant insert, update on maint.asset, maint.meter to plantdesk_admin, plantdesk_planner;
-- Everyone on the floor may record a reading (operators feed pieces sewn), which moves the total,
-- and the first pieces fed to a machine make its meter.
grant update (total, read_at) on maint.meter to plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant insert on maint.meter to plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant insert on maint.meter_reading to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
grant select, insert on maint.api_request to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
