-- Purpose: the sewing schema (issue 16): lines and the people who sew on them, styles with their
--          operation bulletin (sequence, standard minutes, piece rate, machine type), sewing runs,
--          cutting runs and the bundles they produce (QR code per ticket), the bundle scans that
--          record an operation done by an operator (each bundle-operation once), attendance per
--          shift, and downtime with reason codes (a breakdown names the machine and the
--          maintenance work order it opened). Every floor action (scan, attendance, downtime start
--          and stop) carries the client's idempotency key under a unique constraint, so the offline
--          outbox can replay it safely.
-- Rollback: U050__sewing_floor.sql
-- Estimated time: instant (new objects only).
create schema sewing authorization plantdesk_owner;
grant usage on schema sewing to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator, plantdesk_security;

create table sewing.line (
    tenant_id         uuid not null references core.tenant (id),
    id                uuid not null,
    code              text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,19}$'),
    name              text not null check (length(trim(name)) between 1 and 80),
    -- The pieces per hour the supervisor aims at when no run says otherwise.
    hourly_target     int not null default 0 check (hourly_target between 0 and 100000),
    deleted_at        timestamptz,
    created_at        timestamptz not null default now(),
    created_by        text not null default session_user,
    updated_at        timestamptz not null default now(),
    updated_by        text not null default session_user,
    version           int not null default 1,
    primary key (tenant_id, id)
);
create unique index line_code on sewing.line (tenant_id, lower(code)) where deleted_at is null;
select core.enable_tenant_rls('sewing.line');
select core.attach_row_triggers('sewing.line');
select core.track_data_version('sewing.line', 'sewing');

-- A person sews on one line at a time (moving them is an update of this row).
create table sewing.line_member (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    line_id    uuid not null,
    person_id  uuid not null,
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id),
    constraint line_member_one_line unique (tenant_id, person_id),
    foreign key (tenant_id, line_id) references sewing.line (tenant_id, id),
    foreign key (tenant_id, person_id) references core.person (tenant_id, id)
);
create index line_member_line on sewing.line_member (tenant_id, line_id);
select core.enable_tenant_rls('sewing.line_member');
select core.attach_row_triggers('sewing.line_member');

create table sewing.style (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    code       text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,29}$'),
    name       text not null check (length(trim(name)) between 1 and 120),
    deleted_at timestamptz,
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id)
);
create unique index style_code on sewing.style (tenant_id, lower(code)) where deleted_at is null;
select core.enable_tenant_rls('sewing.style');
select core.attach_row_triggers('sewing.style');

-- The operation bulletin: standard minutes (SMV) per piece and the piece rate in the plant's
-- currency. The style's last operation (highest sequence) is where a garment counts as output.
create table sewing.operation (
    tenant_id    uuid not null references core.tenant (id),
    id           uuid not null,
    style_id     uuid not null,
    seq          int not null check (seq between 1 and 999),
    name         text not null check (length(trim(name)) between 1 and 120),
    smv          numeric(7, 3) not null check (smv > 0 and smv <= 600),
    piece_rate   numeric(10, 4) not null default 0 check (piece_rate >= 0),
    machine_type text check (length(machine_type) <= 60),
    skill_level  smallint not null default 1 check (skill_level between 1 and 5),
    qc_check     boolean not null default false,
    created_at   timestamptz not null default now(),
    created_by   text not null default session_user,
    updated_at   timestamptz not null default now(),
    updated_by   text not null default session_user,
    version      int not null default 1,
    primary key (tenant_id, id),
    constraint operation_seq_once unique (tenant_id, style_id, seq),
    foreign key (tenant_id, style_id) references sewing.style (tenant_id, id)
);
select core.enable_tenant_rls('sewing.operation');
select core.attach_row_triggers('sewing.operation');

create table sewing.run (
    tenant_id         uuid not null references core.tenant (id),
    id                uuid not null,
    line_id           uuid not null,
    style_id          uuid not null,
    order_ref         text not null check (length(trim(order_ref)) between 1 and 40),
    order_qty         int not null check (order_qty between 1 and 10000000),
    target_efficiency numeric(5, 2) not null default 70 check (target_efficiency > 0 and target_efficiency <= 200),
    starts_on         date not null,
    ends_on           date,
    created_at        timestamptz not null default now(),
    created_by        text not null default session_user,
    updated_at        timestamptz not null default now(),
    updated_by        text not null default session_user,
    version           int not null default 1,
    primary key (tenant_id, id),
    constraint run_dates check (ends_on is null or ends_on >= starts_on),
    foreign key (tenant_id, line_id) references sewing.line (tenant_id, id),
    foreign key (tenant_id, style_id) references sewing.style (tenant_id, id)
);
create index run_line on sewing.run (tenant_id, line_id, starts_on desc);
select core.enable_tenant_rls('sewing.run');
select core.attach_row_triggers('sewing.run');
select core.track_data_version('sewing.run', 'sewing');

create table sewing.cutting (
    tenant_id   uuid not null references core.tenant (id),
    id          uuid not null,
    run_id      uuid not null,
    lay_no      int not null check (lay_no > 0),
    plies       int not null check (plies between 1 and 1000),
    pieces_cut  int not null check (pieces_cut > 0),
    fabric_used numeric(10, 2) check (fabric_used > 0),
    wastage     numeric(10, 2) not null default 0 check (wastage >= 0),
    cutter_id   uuid,
    cut_at      timestamptz not null,
    minutes     int check (minutes between 1 and 1440),
    created_at  timestamptz not null default now(),
    created_by  text not null default session_user,
    updated_at  timestamptz not null default now(),
    updated_by  text not null default session_user,
    version     int not null default 1,
    primary key (tenant_id, id),
    constraint cutting_lay_once unique (tenant_id, run_id, lay_no),
    constraint cutting_wastage_within check (fabric_used is null or wastage <= fabric_used),
    foreign key (tenant_id, run_id) references sewing.run (tenant_id, id),
    foreign key (tenant_id, cutter_id) references core.person (tenant_id, id)
);
select core.enable_tenant_rls('sewing.cutting');
select core.attach_row_triggers('sewing.cutting');

-- A bundle ticket: its QR code is what the scanner types; unique in the plant.
create table sewing.bundle (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    run_id     uuid not null,
    cutting_id uuid,
    ticket     int not null check (ticket > 0),
    size       text not null check (length(trim(size)) between 1 and 12),
    quantity   int not null check (quantity between 1 and 1000),
    qr_code    text not null check (qr_code ~ '^[A-Za-z0-9][A-Za-z0-9._:/-]{3,63}$'),
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id),
    constraint bundle_qr_once unique (tenant_id, qr_code),
    constraint bundle_ticket_once unique (tenant_id, run_id, ticket),
    foreign key (tenant_id, run_id) references sewing.run (tenant_id, id),
    foreign key (tenant_id, cutting_id) references sewing.cutting (tenant_id, id)
);
select core.enable_tenant_rls('sewing.bundle');
select core.attach_row_triggers('sewing.bundle');

-- One scan: operator did operation on the bundle's pieces. The SMV is copied at scan time, so a
-- later change of the bulletin does not rewrite the earned minutes of past shifts. Each
-- bundle-operation is done once (bundle_scan_once); client_key makes a replay a no-op.
create table sewing.bundle_scan (
    tenant_id    uuid not null references core.tenant (id),
    id           uuid not null,
    client_key   uuid not null,
    bundle_id    uuid not null,
    operation_id uuid not null,
    line_id      uuid not null,
    operator_id  uuid not null,
    machine_id   uuid,
    device       text check (length(device) <= 60),
    pieces       int not null check (pieces between 1 and 1000),
    smv          numeric(7, 3) not null check (smv > 0),
    scanned_at   timestamptz not null,
    created_at   timestamptz not null default now(),
    created_by   text not null default session_user,
    updated_at   timestamptz not null default now(),
    updated_by   text not null default session_user,
    version      int not null default 1,
    primary key (tenant_id, id),
    constraint bundle_scan_key unique (tenant_id, client_key),
    constraint bundle_scan_once unique (tenant_id, bundle_id, operation_id),
    foreign key (tenant_id, bundle_id) references sewing.bundle (tenant_id, id),
    foreign key (tenant_id, operation_id) references sewing.operation (tenant_id, id),
    foreign key (tenant_id, line_id) references sewing.line (tenant_id, id),
    foreign key (tenant_id, operator_id) references core.person (tenant_id, id),
    foreign key (tenant_id, machine_id) references maint.asset (tenant_id, id)
);
create index bundle_scan_at on sewing.bundle_scan (tenant_id, scanned_at);
create index bundle_scan_line_at on sewing.bundle_scan (tenant_id, line_id, scanned_at);
select core.enable_tenant_rls('sewing.bundle_scan');
select core.attach_row_triggers('sewing.bundle_scan');
select core.track_data_version('sewing.bundle_scan', 'sewing');

-- The operation must be one of the bundle's style, and the pieces and SMV are the bundle's and
-- the operation's (a CHECK cannot read other rows).
create function sewing.bundle_scan_check() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    b_qty int;
    b_style uuid;
    o_style uuid;
    o_smv numeric;
begin
    select b.quantity, r.style_id into b_qty, b_style
      from sewing.bundle b join sewing.run r on r.tenant_id = b.tenant_id and r.id = b.run_id
     where b.tenant_id = new.tenant_id and b.id = new.bundle_id;
    select o.style_id, o.smv into o_style, o_smv
      from sewing.operation o where o.tenant_id = new.tenant_id and o.id = new.operation_id;
    if b_style is distinct from o_style then
        raise exception 'this operation is not part of the bundle''s style'
            using errcode = '23514', constraint = 'bundle_scan_operation_of_style';
    end if;
    if new.pieces > b_qty then
        raise exception 'a scan cannot record more pieces than the bundle holds'
            using errcode = '23514', constraint = 'bundle_scan_pieces_within_bundle';
    end if;
    if new.smv <> o_smv and tg_op = 'INSERT' then
        raise exception 'the standard minutes of a scan are the operation''s'
            using errcode = '23514', constraint = 'bundle_scan_smv_of_operation';
    end if;
    return new;
end
$$;
create trigger bundle_scan_check before insert or update of bundle_id, operation_id, pieces on sewing.bundle_scan
    for each row execute function sewing.bundle_scan_check();

-- Who worked a shift on a line and for how long; the denominator of efficiency.
create table sewing.attendance (
    tenant_id        uuid not null references core.tenant (id),
    id               uuid not null,
    client_key       uuid not null,
    line_id          uuid not null,
    person_id        uuid not null,
    shift_start      timestamptz not null,
    minutes_attended int not null check (minutes_attended between 1 and 1440),
    overtime_minutes int not null default 0 check (overtime_minutes between 0 and 720),
    created_at       timestamptz not null default now(),
    created_by       text not null default session_user,
    updated_at       timestamptz not null default now(),
    updated_by       text not null default session_user,
    version          int not null default 1,
    primary key (tenant_id, id),
    constraint attendance_key unique (tenant_id, client_key),
    constraint attendance_once unique (tenant_id, person_id, shift_start),
    foreign key (tenant_id, line_id) references sewing.line (tenant_id, id),
    foreign key (tenant_id, person_id) references core.person (tenant_id, id)
);
create index attendance_line_shift on sewing.attendance (tenant_id, line_id, shift_start);
select core.enable_tenant_rls('sewing.attendance');
select core.attach_row_triggers('sewing.attendance');
select core.track_data_version('sewing.attendance', 'sewing');

-- A line (or one of its machines) stopped. A breakdown names the machine; the work order it
-- opened in maintenance is kept. Start and stop each carry their own client key.
create table sewing.downtime (
    tenant_id     uuid not null references core.tenant (id),
    id            uuid not null,
    start_key     uuid not null,
    stop_key      uuid,
    line_id       uuid not null,
    machine_id    uuid,
    reason        text not null check (reason in ('machine_breakdown', 'no_work', 'power', 'style_change',
                                                  'waiting_material', 'quality_issue', 'other')),
    note          text not null default '' check (length(note) <= 500),
    started_at    timestamptz not null,
    ended_at      timestamptz,
    work_order_id uuid,
    started_by    uuid,
    created_at    timestamptz not null default now(),
    created_by    text not null default session_user,
    updated_at    timestamptz not null default now(),
    updated_by    text not null default session_user,
    version       int not null default 1,
    primary key (tenant_id, id),
    constraint downtime_start_key unique (tenant_id, start_key),
    constraint downtime_stop_key unique (tenant_id, stop_key),
    constraint downtime_ends_after_start check (ended_at is null or ended_at > started_at),
    constraint downtime_stop_has_key check ((ended_at is null) = (stop_key is null)),
    constraint downtime_breakdown_names_machine check (reason <> 'machine_breakdown' or machine_id is not null),
    constraint downtime_work_order_for_machine check (work_order_id is null or machine_id is not null),
    foreign key (tenant_id, line_id) references sewing.line (tenant_id, id),
    foreign key (tenant_id, machine_id) references maint.asset (tenant_id, id),
    foreign key (tenant_id, work_order_id) references maint.work_order (tenant_id, id),
    foreign key (tenant_id, started_by) references core.person (tenant_id, id)
);
-- A line has at most one running stop per reason and machine (a second start is a mistake).
create unique index downtime_one_running on sewing.downtime
    (tenant_id, line_id, reason, coalesce(machine_id, '00000000-0000-0000-0000-000000000000'::uuid))
    where ended_at is null;
create index downtime_line_started on sewing.downtime (tenant_id, line_id, started_at);
select core.enable_tenant_rls('sewing.downtime');
select core.attach_row_triggers('sewing.downtime');
select core.track_data_version('sewing.downtime', 'sewing');

grant select on sewing.line, sewing.line_member, sewing.style, sewing.operation, sewing.run, sewing.cutting,
    sewing.bundle, sewing.bundle_scan, sewing.attendance, sewing.downtime
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant insert, update on sewing.line, sewing.line_member, sewing.style, sewing.operation, sewing.run,
    sewing.cutting, sewing.bundle to plantdesk_admin, plantdesk_planner, plantdesk_supervisor;
grant delete on sewing.line_member, sewing.operation to plantdesk_admin, plantdesk_planner, plantdesk_supervisor;
-- The floor's actions: anyone on the floor scans and reports a stop; supervisors keep attendance.
grant insert on sewing.bundle_scan, sewing.downtime to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant update (ended_at, stop_key, work_order_id) on sewing.downtime to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant insert, update on sewing.attendance to plantdesk_admin, plantdesk_planner, plantdesk_supervisor;
