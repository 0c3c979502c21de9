-- Purpose: shift close-out on the sewing floor (issue 16). A supervisor closes a shift of the
--          plant's calendar once its late scans (recorded after the shift ended, e.g. replayed
--          from a station's outbox) were shown and accepted; from then on no scan, QC check,
--          rework, bundle issue, attendance or downtime of that shift can be added, changed or
--          removed until a supervisor reopens it with a reason. Closing and reopening only
--          through sewing.close_shift / sewing.reopen_shift; every change of a close is in the
--          audit log.
-- Rollback: U065__sewing_shift_close.sql
-- Estimated time: instant (new objects; triggers on the floor tables, which only read a small table).
create table sewing.shift_close (
    tenant_id     uuid not null references core.tenant (id),
    id            uuid not null,
    shift_start   timestamptz not null,
    shift_end     timestamptz not null,
    shift_name    text,
    status        text not null check (status in ('closed', 'reopened')),
    late_scans    int not null default 0 check (late_scans >= 0),
    closed_at     timestamptz not null,
    closed_by     text not null,
    reopened_at   timestamptz,
    reopened_by   text,
    reopen_reason text,
    created_at    timestamptz not null default now(),
    created_by    text not null default session_user,
    updated_at    timestamptz not null default now(),
    updated_by    text not null default session_user,
    version       int not null default 1,
    primary key (tenant_id, id),
    constraint shift_close_once unique (tenant_id, shift_start),
    constraint shift_close_span check (shift_end > shift_start),
    constraint shift_close_reopen_reason check (status = 'closed'
        or (reopen_reason is not null and length(trim(reopen_reason)) between 3 and 500 and reopened_at is not null))
);
select core.enable_tenant_rls('sewing.shift_close');
select core.attach_row_triggers('sewing.shift_close');
select core.track_data_version('sewing.shift_close', 'sewing');
grant select on sewing.shift_close to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
grant select, insert, update on sewing.shift_close to plantdesk_security;

-- The lock: a row whose time (the column named by the trigger's argument) falls in a closed shift
-- cannot be inserted, updated (before or after) or deleted.
create function sewing.refuse_if_closed(p_tenant uuid, p_ts timestamptz) returns void
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    c record;
begin
    select s.shift_name, s.shift_start into c
      from sewing.shift_close s
     where s.tenant_id = p_tenant and s.status = 'closed' and s.shift_start <= p_ts and s.shift_end > p_ts;
    if found then
        raise exception 'shift "%" of % is closed: a supervisor reopens it before its records change',
            coalesce(c.shift_name, '-'), to_char(c.shift_start, 'YYYY-MM-DD HH24:MI')
            using errcode = '23514', constraint = 'shift_closed';
    end if;
end
$$;

create function sewing.refuse_in_closed_shift() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op <> 'INSERT' then
        perform sewing.refuse_if_closed(old.tenant_id, (to_jsonb(old) ->> tg_argv[0])::timestamptz);
    end if;
    if tg_op <> 'DELETE' then
        perform sewing.refuse_if_closed(new.tenant_id, (to_jsonb(new) ->> tg_argv[0])::timestamptz);
        return new;
    end if;
    return old;
end
$$;
create trigger locked_when_closed before insert or update or delete on sewing.bundle_scan
    for each row execute function sewing.refuse_in_closed_shift('scanned_at');
create trigger locked_when_closed before insert or update or delete on sewing.qc_check
    for each row execute function sewing.refuse_in_closed_shift('checked_at');
create trigger locked_when_closed before insert or update or delete on sewing.rework
    for each row execute function sewing.refuse_in_closed_shift('reworked_at');
create trigger locked_when_closed before insert or update or delete on sewing.bundle_issue
    for each row execute function sewing.refuse_in_closed_shift('issued_at');
create trigger locked_when_closed before insert or update or delete on sewing.attendance
    for each row execute function sewing.refuse_in_closed_shift('shift_start');
create trigger locked_when_closed before insert or update or delete on sewing.downtime
    for each row execute function sewing.refuse_in_closed_shift('started_at');

-- Late scans of the shift around p_at: scanned in the shift, recorded after it ended.
create function sewing.late_scans(p_at timestamptz)
    returns table (scan_id uuid, bundle_id uuid, operation_id uuid, line_id uuid, operator_id uuid, pieces int,
                   scanned_at timestamptz, recorded_at timestamptz, device text)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select s.id, s.bundle_id, s.operation_id, s.line_id, s.operator_id, s.pieces, s.scanned_at, s.created_at, s.device
      from core.shift_at(core.current_tenant(), p_at) sh
      join sewing.bundle_scan s on s.tenant_id = core.current_tenant()
       and s.scanned_at >= sh.starts_at and s.scanned_at < sh.ends_at and s.created_at >= sh.ends_at
     order by s.scanned_at, s.id
$$;
alter function sewing.late_scans(timestamptz) owner to plantdesk_security;
revoke all on function sewing.late_scans(timestamptz) from public;

-- Close the shift around p_at; p_late_seen is how many late scans the supervisor was shown and
-- accepted: a different count now means more arrived meanwhile, and they must be looked at first.
-- The shift's row is locked first, so two supervisors closing at once do one close.
create function sewing.close_shift(p_at timestamptz, p_late_seen int)
    returns uuid
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    t uuid := core.current_tenant();
    sh record;
    late int;
    existing record;
    new_id uuid;
begin
    if t is null then
        raise exception 'this login belongs to no active person of a plant';
    end if;
    select * into sh from core.shift_at(t, p_at);
    if sh.ends_at > now() then
        raise exception 'shift "%" has not ended yet: it can be closed from %', coalesce(sh.shift_name, '-'),
            to_char(sh.ends_at, 'YYYY-MM-DD HH24:MI') using errcode = '22023';
    end if;
    select * into existing from sewing.shift_close c where c.tenant_id = t and c.shift_start = sh.starts_at for update;
    if found and existing.status = 'closed' then
        raise exception 'shift "%" is already closed', coalesce(sh.shift_name, '-') using errcode = '22023';
    end if;
    if exists (select 1 from sewing.downtime d where d.tenant_id = t and d.ended_at is null
                  and d.started_at >= sh.starts_at and d.started_at < sh.ends_at) then
        raise exception 'a stop that began in shift "%" is still running: stop it before closing the shift',
            coalesce(sh.shift_name, '-') using errcode = '22023';
    end if;
    select count(*) into late from sewing.bundle_scan s
     where s.tenant_id = t and s.scanned_at >= sh.starts_at and s.scanned_at < sh.ends_at and s.created_at >= sh.ends_at;
    if late <> p_late_seen then
        raise exception 'shift "%" now has % late scans, not %: look at them again before closing',
            coalesce(sh.shift_name, '-'), late, p_late_seen using errcode = '40001';
    end if;
    if existing.id is not null then
        update sewing.shift_close
           set status = 'closed', late_scans = late, closed_at = now(), closed_by = session_user
         where tenant_id = t and id = existing.id;
        return existing.id;
    end if;
    new_id := gen_random_uuid();
    insert into sewing.shift_close (tenant_id, id, shift_start, shift_end, shift_name, status, late_scans, closed_at, closed_by)
    values (t, new_id, sh.starts_at, sh.ends_at, sh.shift_name, 'closed', late, now(), session_user);
    return new_id;
end
$$;
alter function sewing.close_shift(timestamptz, int) owner to plantdesk_security;
revoke all on function sewing.close_shift(timestamptz, int) from public;

create function sewing.reopen_shift(p_shift_start timestamptz, p_reason text)
    returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if p_reason is null or length(trim(p_reason)) < 3 or length(trim(p_reason)) > 500 then
        raise exception 'say why the shift is reopened (3 to 500 characters)' using errcode = '22023';
    end if;
    update sewing.shift_close
       set status = 'reopened', reopen_reason = trim(p_reason), reopened_at = now(), reopened_by = session_user
     where tenant_id = core.current_tenant() and shift_start = p_shift_start and status = 'closed';
    if not found then
        raise exception 'this shift is not closed' using errcode = '22023';
    end if;
end
$$;
alter function sewing.reopen_shift(timestamptz, text) owner to plantdesk_security;
revoke all on function sewing.reopen_shift(timestamptz, text) from public;
grant execute on function sewing.late_scans(timestamptz), sewing.close_shift(timestamptz, int),
    sewing.reopen_shift(timestamptz, text) to plantdesk_admin, plantdesk_supervisor;
