-- Purpose: a shift's close-out and a late scan arriving at the same moment (issue 16). Under READ
--          COMMITTED the close counted the late scans without seeing a scan inserted but not yet
--          committed, closed the shift, and the scan then committed into the closed shift,
--          uncounted. Now each scan first takes a key-share lock on its line's row (what its
--          foreign key takes anyway, only before the closed-shift check rather than after the
--          insert), and the close locks the plant's line rows before it counts: a scan in flight
--          is waited for and counted (the close is then refused, as for any late scan it was not
--          shown), and a scan after it waits for the close and is refused as in a closed shift.
--          Coordination through the plant's own rows, which RLS keeps to it (no table or advisory lock).
-- Rollback: U077__sewing_close_waits_for_scans.sql
-- Estimated time: instant (functions, one trigger and a grant).

-- Row locks need the UPDATE privilege on some column; the security role changes no line.
grant update (hourly_target) on sewing.line to plantdesk_security;

-- The scan's side: a key-share lock on its line, taken as the security role (operators cannot lock
-- rows), in the caller's own plant only.
create function sewing.scan_gate(p_line uuid) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform 1 from sewing.line l where l.tenant_id = core.current_tenant() and l.id = p_line for key share;
end
$$;
alter function sewing.scan_gate(uuid) owner to plantdesk_security;
revoke all on function sewing.scan_gate(uuid) from public;
grant execute on function sewing.scan_gate(uuid) to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;

create function sewing.refuse_scan_in_closed_shift() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op <> 'DELETE' then
        perform sewing.scan_gate(new.line_id);
    end if;
    if tg_op <> 'INSERT' then
        perform sewing.refuse_if_closed(old.tenant_id, old.scanned_at);
    end if;
    if tg_op <> 'DELETE' then
        perform sewing.refuse_if_closed(new.tenant_id, new.scanned_at);
        return new;
    end if;
    return old;
end
$$;
-- destructive: the scan table's closed-shift trigger is replaced by the one above in the same transaction.
drop trigger locked_when_closed on sewing.bundle_scan;
create trigger locked_when_closed before insert or update or delete on sewing.bundle_scan
    for each row execute function sewing.refuse_scan_in_closed_shift();

-- The close's side: lock the plant's lines before counting the late scans.
create or replace function sewing.close_shift(p_at timestamptz, p_late_seen int)
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
    -- Scans in flight hold a key-share lock on their line (sewing.scan_gate): wait for them, and
    -- hold new ones off until this close commits, so the count below is final. In id order, so
    -- two closes of the plant take them alike.
    perform 1 from sewing.line l where l.tenant_id = t order by l.id for update;
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
