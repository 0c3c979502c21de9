-- Purpose: quality and loading on the sewing floor (issue 16): the plant's defect codes, QC
--          checks (pieces checked and defective at a checkpoint, per bundle, operation and the
--          operator who sewed it, with defects by code), rework (recorded apart from scans, so it
--          never counts as output or earned minutes), and bundle issues (a bundle loaded onto a
--          line: the "pieces loaded" of WIP). A rollup per plant, shift and line stores pieces
--          checked, defective, defects, rework and pieces loaded; DHU = defects x 100 / pieces
--          checked, % defective = defective x 100 / checked, rework % = rework x 100 / checked
--          and WIP = pieces loaded - output (cumulative) are computed on read.
-- Rollback: U063__sewing_quality.sql
-- Estimated time: instant (new objects only).
create table sewing.defect_code (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    code       text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,19}$'),
    name       text not null check (length(trim(name)) between 1 and 80),
    deleted_at timestamptz,
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id)
);
create unique index defect_code_code on sewing.defect_code (tenant_id, lower(code)) where deleted_at is null;
select core.enable_tenant_rls('sewing.defect_code');
select core.attach_row_triggers('sewing.defect_code');

-- A bundle is loaded onto a line once; its pieces are the bundle's (set by the trigger below).
create table sewing.bundle_issue (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    client_key uuid not null,
    bundle_id  uuid not null,
    line_id    uuid not null,
    pieces     int not null check (pieces between 1 and 1000),
    issued_at  timestamptz not null,
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id),
    constraint bundle_issue_key unique (tenant_id, client_key),
    constraint bundle_issue_once unique (tenant_id, bundle_id),
    foreign key (tenant_id, bundle_id) references sewing.bundle (tenant_id, id),
    foreign key (tenant_id, line_id) references sewing.line (tenant_id, id)
);
create index bundle_issue_line_at on sewing.bundle_issue (tenant_id, line_id, issued_at);
select core.enable_tenant_rls('sewing.bundle_issue');
select core.attach_row_triggers('sewing.bundle_issue');
select core.track_data_version('sewing.bundle_issue', 'sewing');

create function sewing.bundle_issue_pieces() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    select b.quantity into new.pieces from sewing.bundle b where b.tenant_id = new.tenant_id and b.id = new.bundle_id;
    return new;
end
$$;
create trigger bundle_issue_pieces before insert or update of bundle_id, pieces on sewing.bundle_issue
    for each row execute function sewing.bundle_issue_pieces();

-- A QC check at a checkpoint: pieces checked of a bundle after an operation, how many pieces
-- were defective and how many defects they had (a piece can have several: DHU counts defects).
create table sewing.qc_check (
    tenant_id        uuid not null references core.tenant (id),
    id               uuid not null,
    client_key       uuid not null,
    bundle_id        uuid not null,
    operation_id     uuid not null,
    line_id          uuid not null,
    operator_id      uuid not null,
    inspector_id     uuid,
    pieces_checked   int not null check (pieces_checked between 1 and 1000),
    pieces_defective int not null default 0 check (pieces_defective >= 0),
    defects          int not null default 0 check (defects between 0 and 100000),
    checked_at       timestamptz not null,
    created_at       timestamptz not null default now(),
    created_by       text not null default session_user,
    updated_at       timestamptz not null default now(),
    updated_by       text not null default session_user,
    version          int not null default 1,
    primary key (tenant_id, id),
    constraint qc_check_key unique (tenant_id, client_key),
    constraint qc_check_defective_within check (pieces_defective <= pieces_checked),
    constraint qc_check_defects_cover check (defects >= pieces_defective and (defects = 0) = (pieces_defective = 0)),
    foreign key (tenant_id, bundle_id) references sewing.bundle (tenant_id, id),
    foreign key (tenant_id, operation_id) references sewing.operation (tenant_id, id),
    foreign key (tenant_id, line_id) references sewing.line (tenant_id, id),
    foreign key (tenant_id, operator_id) references core.person (tenant_id, id),
    foreign key (tenant_id, inspector_id) references core.person (tenant_id, id)
);
create index qc_check_line_at on sewing.qc_check (tenant_id, line_id, checked_at);
create index qc_check_at on sewing.qc_check (tenant_id, checked_at);
select core.enable_tenant_rls('sewing.qc_check');
select core.attach_row_triggers('sewing.qc_check');
select core.track_data_version('sewing.qc_check', 'sewing');

-- The defects of a check by code; their sum is the check's defects (checked at commit).
create table sewing.qc_defect (
    tenant_id      uuid not null references core.tenant (id),
    id             uuid not null,
    check_id       uuid not null,
    defect_code_id uuid not null,
    defects        int not null check (defects between 1 and 100000),
    created_at     timestamptz not null default now(),
    created_by     text not null default session_user,
    updated_at     timestamptz not null default now(),
    updated_by     text not null default session_user,
    version        int not null default 1,
    primary key (tenant_id, id),
    constraint qc_defect_code_once unique (tenant_id, check_id, defect_code_id),
    foreign key (tenant_id, check_id) references sewing.qc_check (tenant_id, id) on delete cascade,
    foreign key (tenant_id, defect_code_id) references sewing.defect_code (tenant_id, id)
);
select core.enable_tenant_rls('sewing.qc_defect');
select core.attach_row_triggers('sewing.qc_defect');

-- Rework: pieces sent back to an operator to be mended. Kept apart from bundle_scan on purpose:
-- output and earned minutes read scans only, so mending a piece never counts it twice.
create table sewing.rework (
    tenant_id    uuid not null references core.tenant (id),
    id           uuid not null,
    client_key   uuid not null,
    bundle_id    uuid not null,
    operation_id uuid not null,
    line_id      uuid not null,
    operator_id  uuid not null,
    check_id     uuid,
    pieces       int not null check (pieces between 1 and 1000),
    reworked_at  timestamptz not null,
    created_at   timestamptz not null default now(),
    created_by   text not null default session_user,
    updated_at   timestamptz not null default now(),
    updated_by   text not null default session_user,
    version      int not null default 1,
    primary key (tenant_id, id),
    constraint rework_key unique (tenant_id, client_key),
    foreign key (tenant_id, bundle_id) references sewing.bundle (tenant_id, id),
    foreign key (tenant_id, operation_id) references sewing.operation (tenant_id, id),
    foreign key (tenant_id, line_id) references sewing.line (tenant_id, id),
    foreign key (tenant_id, operator_id) references core.person (tenant_id, id),
    foreign key (tenant_id, check_id) references sewing.qc_check (tenant_id, id)
);
create index rework_line_at on sewing.rework (tenant_id, line_id, reworked_at);
create index rework_at on sewing.rework (tenant_id, reworked_at);
select core.enable_tenant_rls('sewing.rework');
select core.attach_row_triggers('sewing.rework');
select core.track_data_version('sewing.rework', 'sewing');

-- A check or a rework names an operation of the bundle's style and no more pieces than it holds.
create function sewing.quality_row_check() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    b_qty int;
    b_style uuid;
    o_style uuid;
    n int;
begin
    select b.quantity, r.style_id into b_qty, b_style
      from sewing.bundle b join sewing.run r on r.tenant_id = b.tenant_id and r.id = b.run_id
     where b.tenant_id = new.tenant_id and b.id = new.bundle_id;
    select o.style_id into o_style from sewing.operation o where o.tenant_id = new.tenant_id and o.id = new.operation_id;
    if b_style is distinct from o_style then
        raise exception 'this operation is not part of the bundle''s style'
            using errcode = '23514', constraint = 'bundle_scan_operation_of_style';
    end if;
    -- Each branch names its own table's column (a plpgsql statement is planned for the row's type).
    if tg_table_name = 'qc_check' then
        n := new.pieces_checked;
    else
        n := new.pieces;
    end if;
    if n > b_qty then
        raise exception 'a quality record cannot hold more pieces than the bundle holds'
            using errcode = '23514', constraint = 'quality_pieces_within_bundle';
    end if;
    return new;
end
$$;
create trigger qc_check_check before insert or update of bundle_id, operation_id, pieces_checked on sewing.qc_check
    for each row execute function sewing.quality_row_check();
create trigger rework_check before insert or update of bundle_id, operation_id, pieces on sewing.rework
    for each row execute function sewing.quality_row_check();

-- At commit, the defects by code of every touched check add up to the check's defects.
create function sewing.qc_defects_add_up() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    c uuid;
    t uuid;
    total int;
    coded bigint;
begin
    if tg_table_name = 'qc_check' then
        c := new.id;
        t := new.tenant_id;
    elsif tg_op = 'DELETE' then
        c := old.check_id;
        t := old.tenant_id;
    else
        c := new.check_id;
        t := new.tenant_id;
    end if;
    select q.defects into total from sewing.qc_check q where q.tenant_id = t and q.id = c;
    if total is null then
        return null;
    end if;
    select coalesce(sum(d.defects), 0) into coded from sewing.qc_defect d where d.tenant_id = t and d.check_id = c;
    if coded <> total then
        raise exception 'the defects by code (%) do not add up to the defects of the check (%)', coded, total
            using errcode = '23514', constraint = 'qc_check_defects_by_code';
    end if;
    return null;
end
$$;
create constraint trigger qc_check_defects_by_code after insert or update of defects on sewing.qc_check
    deferrable initially deferred for each row execute function sewing.qc_defects_add_up();
create constraint trigger qc_defect_adds_up after insert or update or delete on sewing.qc_defect
    deferrable initially deferred for each row execute function sewing.qc_defects_add_up();

grant select on sewing.defect_code, sewing.bundle_issue, sewing.qc_check, sewing.qc_defect, sewing.rework
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant insert, update on sewing.defect_code to plantdesk_admin, plantdesk_planner, plantdesk_supervisor;
-- The floor records checks, defects, rework and loading (QC inspectors and feeders are operators).
grant insert on sewing.bundle_issue, sewing.qc_check, sewing.qc_defect, sewing.rework to plantdesk_admin,
    plantdesk_planner, plantdesk_supervisor, plantdesk_operator;
grant select on sewing.bundle_issue, sewing.qc_check, sewing.rework to plantdesk_security;

-- Quality and loading per line for [p_from, p_to), each record by its own time.
create function sewing.line_quality(p_tenant uuid, p_from timestamptz, p_to timestamptz)
    returns table (line_id uuid, pieces_checked bigint, pieces_defective bigint, defects bigint,
                   rework_pieces bigint, loaded_pieces bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with q as (
        select c.line_id, sum(c.pieces_checked) as checked, sum(c.pieces_defective) as defective, sum(c.defects) as defects
          from sewing.qc_check c
         where c.tenant_id = p_tenant and c.checked_at >= p_from and c.checked_at < p_to
         group by c.line_id
    ), r as (
        select w.line_id, sum(w.pieces) as pieces
          from sewing.rework w
         where w.tenant_id = p_tenant and w.reworked_at >= p_from and w.reworked_at < p_to
         group by w.line_id
    ), i as (
        select b.line_id, sum(b.pieces) as pieces
          from sewing.bundle_issue b
         where b.tenant_id = p_tenant and b.issued_at >= p_from and b.issued_at < p_to
         group by b.line_id
    )
    select l.id, coalesce(q.checked, 0)::bigint, coalesce(q.defective, 0)::bigint, coalesce(q.defects, 0)::bigint,
           coalesce(r.pieces, 0)::bigint, coalesce(i.pieces, 0)::bigint
      from sewing.line l
      left join q on q.line_id = l.id
      left join r on r.line_id = l.id
      left join i on i.line_id = l.id
     where l.tenant_id = p_tenant and (q.line_id is not null or r.line_id is not null or i.line_id is not null)
$$;
alter function sewing.line_quality(uuid, timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.line_quality(uuid, timestamptz, timestamptz) from public;

create function sewing.current_line_quality(p_from timestamptz, p_to timestamptz)
    returns table (line_id uuid, pieces_checked bigint, pieces_defective bigint, defects bigint,
                   rework_pieces bigint, loaded_pieces bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select * from sewing.line_quality(core.current_tenant(), p_from, p_to) where core.current_tenant() is not null
$$;
alter function sewing.current_line_quality(timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.current_line_quality(timestamptz, timestamptz) from public;

create table sewing.line_shift_quality (
    tenant_id        uuid not null references core.tenant (id),
    shift_start      timestamptz not null,
    line_id          uuid not null,
    shift_end        timestamptz not null,
    pieces_checked   bigint not null check (pieces_checked >= 0),
    pieces_defective bigint not null check (pieces_defective >= 0),
    defects          bigint not null check (defects >= 0),
    rework_pieces    bigint not null check (rework_pieces >= 0),
    loaded_pieces    bigint not null check (loaded_pieces >= 0),
    primary key (tenant_id, shift_start, line_id),
    check (shift_end > shift_start)
);
select core.enable_tenant_rls('sewing.line_shift_quality');
grant select on sewing.line_shift_quality to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
grant select, insert, update, delete on sewing.line_shift_quality to plantdesk_security;

create function sewing.rollup_line_quality_recompute(p_tenant uuid, p_buckets timestamptz[])
    returns table (rows_read bigint, rows_written bigint)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    w bigint;
begin
    delete from sewing.line_shift_quality where tenant_id = p_tenant and shift_start = any (p_buckets);
    insert into sewing.line_shift_quality
    select p_tenant, b.s, f.line_id, sh.ends_at, f.pieces_checked, f.pieces_defective, f.defects, f.rework_pieces,
           f.loaded_pieces
      from unnest(p_buckets) b(s)
     cross join lateral core.shift_at(p_tenant, b.s) sh
     cross join lateral sewing.line_quality(p_tenant, b.s, sh.ends_at) f;
    get diagnostics w = row_count;
    return query select w, w;
end
$$;
alter function sewing.rollup_line_quality_recompute(uuid, timestamptz[]) owner to plantdesk_security;
revoke all on function sewing.rollup_line_quality_recompute(uuid, timestamptz[]) from public;

-- WIP per line at p_to: pieces loaded minus output since the line began. Closed shifts before
-- p_from come from the two rollups (one indexed read each, never the raw history); the open
-- stretch [p_from, p_to) is counted live from raw rows.
create function sewing.current_line_wip(p_from timestamptz, p_to timestamptz)
    returns table (line_id uuid, loaded_pieces bigint, output bigint, wip bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with t as (select core.current_tenant() as id), flows as (
        select q.line_id, q.loaded_pieces as loaded, 0::bigint as output
          from sewing.line_shift_quality q, t where q.tenant_id = t.id and q.shift_start < p_from
        union all
        select s.line_id, 0, s.output from sewing.line_shift s, t where s.tenant_id = t.id and s.shift_start < p_from
        union all
        select f.line_id, f.loaded_pieces, 0 from t, sewing.line_quality(t.id, p_from, p_to) f
        union all
        select f.line_id, 0, f.output from t, sewing.line_figures(t.id, p_from, p_to) f
    )
    select line_id, sum(loaded)::bigint, sum(output)::bigint, (sum(loaded) - sum(output))::bigint
      from flows, t where t.id is not null
     group by line_id
$$;
alter function sewing.current_line_wip(timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.current_line_wip(timestamptz, timestamptz) from public;
grant execute on function sewing.current_line_quality(timestamptz, timestamptz),
    sewing.current_line_wip(timestamptz, timestamptz) to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;

insert into core.rollup_job (name, bucket, domain, recompute_fn, source_tables, interval_seconds)
values ('sewing_line_quality', 'shift', 'sewing', 'sewing.rollup_line_quality_recompute',
        '{sewing.qc_check,sewing.rework,sewing.bundle_issue}', 60);
select core.track_rollup('sewing.qc_check', 'sewing_line_quality', 'checked_at');
select core.track_rollup('sewing.rework', 'sewing_line_quality', 'reworked_at');
select core.track_rollup('sewing.bundle_issue', 'sewing_line_quality', 'issued_at');
