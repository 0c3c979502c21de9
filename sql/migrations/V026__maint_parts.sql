-- Purpose: spare parts (issue 14): vendors, parts with unit cost and reorder point, stock
--          locations, and the movement ledger (received, issued to a work order, returned,
--          adjusted with a reason) from which each part's stock per location is derived by a
--          trigger that refuses to issue more than is there; the parts PM schedules need, for
--          reorder suggestions from upcoming PM work and not only from min levels.
-- Rollback: U026__maint_parts.sql
-- Estimated time: instant (new objects only).

create table maint.vendor (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    name       text not null check (length(trim(name)) between 1 and 120),
    contact    text check (length(contact) <= 120),
    phone      text check (phone ~ '^\+?[0-9 ()-]{5,20}$'),
    email      text check (email ~ '^[^@\s]+@[^@\s]+$' and length(email) <= 200),
    deleted_at timestamptz,
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id)
);
create unique index vendor_name on maint.vendor (tenant_id, lower(trim(name))) where deleted_at is null;
select core.enable_tenant_rls('maint.vendor');
select core.attach_row_triggers('maint.vendor');

create table maint.part (
    tenant_id     uuid not null references core.tenant (id),
    id            uuid not null,
    code          text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$'),
    name          text not null check (length(trim(name)) between 1 and 120),
    unit          text not null default 'pcs' check (length(trim(unit)) between 1 and 12),
    unit_cost     numeric(12, 2) not null default 0 check (unit_cost >= 0),
    reorder_point numeric(12, 2) not null default 0 check (reorder_point >= 0),
    reorder_qty   numeric(12, 2) not null default 0 check (reorder_qty >= 0),
    vendor_id     uuid,
    deleted_at    timestamptz,
    created_at    timestamptz not null default now(),
    created_by    text not null default session_user,
    updated_at    timestamptz not null default now(),
    updated_by    text not null default session_user,
    version       int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, vendor_id) references maint.vendor (tenant_id, id)
);
create unique index part_code on maint.part (tenant_id, lower(code));
select core.enable_tenant_rls('maint.part');
select core.attach_row_triggers('maint.part');

create table maint.stock_location (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    name       text not null check (length(trim(name)) between 1 and 80),
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id)
);
create unique index stock_location_name on maint.stock_location (tenant_id, lower(trim(name)));
select core.enable_tenant_rls('maint.stock_location');
select core.attach_row_triggers('maint.stock_location');

-- The ledger: append-only, signed quantities (in positive, out negative), each kind with its rule.
create table maint.stock_movement (
    tenant_id     uuid not null references core.tenant (id),
    id            uuid not null,
    part_id       uuid not null,
    location_id   uuid not null,
    kind          text not null check (kind in ('received', 'issued', 'returned', 'adjusted')),
    quantity      numeric(12, 2) not null check (quantity <> 0),
    unit_cost     numeric(12, 2) check (unit_cost >= 0),
    work_order_id uuid,
    vendor_id     uuid,
    reason        text check (length(trim(reason)) between 1 and 500),
    at            timestamptz not null default now(),
    created_at    timestamptz not null default now(),
    created_by    text not null default session_user,
    updated_at    timestamptz not null default now(),
    updated_by    text not null default session_user,
    version       int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, part_id) references maint.part (tenant_id, id),
    foreign key (tenant_id, location_id) references maint.stock_location (tenant_id, id),
    foreign key (tenant_id, work_order_id) references maint.work_order (tenant_id, id),
    foreign key (tenant_id, vendor_id) references maint.vendor (tenant_id, id),
    constraint stock_movement_sign check (case kind when 'received' then quantity > 0 when 'returned' then quantity > 0
                                                    when 'issued' then quantity < 0 else true end),
    constraint stock_movement_work_order check ((kind in ('issued', 'returned')) = (work_order_id is not null)),
    constraint stock_movement_reason check (kind <> 'adjusted' or reason is not null)
);
create index stock_movement_part on maint.stock_movement (tenant_id, part_id, at);
create index stock_movement_work_order on maint.stock_movement (tenant_id, work_order_id) where work_order_id is not null;
select core.enable_tenant_rls('maint.stock_movement');
select core.attach_row_triggers('maint.stock_movement');

-- Stock per part and location: derived from the ledger by the trigger below and nothing else
-- (people cannot write it), so it always equals the sum of the movements.
create table maint.stock (
    tenant_id   uuid not null references core.tenant (id),
    id          uuid not null,
    part_id     uuid not null,
    location_id uuid not null,
    on_hand     numeric(12, 2) not null check (on_hand >= 0),
    created_at  timestamptz not null default now(),
    created_by  text not null default session_user,
    updated_at  timestamptz not null default now(),
    updated_by  text not null default session_user,
    version     int not null default 1,
    primary key (tenant_id, id),
    unique (tenant_id, part_id, location_id),
    foreign key (tenant_id, part_id) references maint.part (tenant_id, id),
    foreign key (tenant_id, location_id) references maint.stock_location (tenant_id, id)
);
select core.enable_tenant_rls('maint.stock');
select core.attach_row_triggers('maint.stock');
select core.track_data_version('maint.stock', 'maintenance');

-- Runs after the movement passed its table's policy, as the owner of maint.stock's writes. The
-- balance row is locked before it is read, so two technicians issuing the last part at once are
-- checked one after the other and the second is refused.
create function maint.apply_stock_movement() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    have numeric;
    part_name text;
    part_unit text;
begin
    insert into maint.stock (tenant_id, id, part_id, location_id, on_hand)
    values (new.tenant_id, new.id, new.part_id, new.location_id, 0)
    on conflict (tenant_id, part_id, location_id) do nothing;
    select on_hand into have from maint.stock
     where tenant_id = new.tenant_id and part_id = new.part_id and location_id = new.location_id for update;
    if have + new.quantity < 0 then
        select name, unit into part_name, part_unit from maint.part where tenant_id = new.tenant_id and id = new.part_id;
        raise exception 'only % % of "%" in stock there; % cannot be taken out', trim_scale(have), part_unit, part_name,
                        trim_scale(-new.quantity)
            using errcode = '23514', constraint = 'stock_not_enough';
    end if;
    update maint.stock set on_hand = on_hand + new.quantity
     where tenant_id = new.tenant_id and part_id = new.part_id and location_id = new.location_id;
    return null;
end
$$;
alter function maint.apply_stock_movement() owner to plantdesk_security;
revoke all on function maint.apply_stock_movement() from public;
create trigger apply_stock_movement after insert on maint.stock_movement
    for each row execute function maint.apply_stock_movement();

-- The parts a PM schedule's work needs each time, for reorder suggestions.
create table maint.pm_schedule_part (
    tenant_id   uuid not null references core.tenant (id),
    id          uuid not null,
    schedule_id uuid not null,
    part_id     uuid not null,
    quantity    numeric(12, 2) not null check (quantity > 0),
    created_at  timestamptz not null default now(),
    created_by  text not null default session_user,
    updated_at  timestamptz not null default now(),
    updated_by  text not null default session_user,
    version     int not null default 1,
    primary key (tenant_id, id),
    unique (tenant_id, schedule_id, part_id),
    foreign key (tenant_id, schedule_id) references maint.pm_schedule (tenant_id, id),
    foreign key (tenant_id, part_id) references maint.part (tenant_id, id)
);
select core.enable_tenant_rls('maint.pm_schedule_part');
select core.attach_row_triggers('maint.pm_schedule_part');

grant select on maint.vendor, maint.part, maint.stock_location, maint.stock_movement, maint.stock,
    maint.pm_schedule_part to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician,
    plantdesk_operator;
grant insert, update on maint.vendor, maint.part, maint.stock_location to plantdesk_admin, plantdesk_planner;
grant insert, update, delete on maint.pm_schedule_part to plantdesk_admin, plantdesk_planner;
grant insert on maint.stock_movement to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician;
grant select, insert, update on maint.stock to plantdesk_security;
grant select on maint.part to plantdesk_security;
