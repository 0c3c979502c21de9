-- Purpose: undo V078__sewing_stop_into_closed_shift.sql.
-- Rollback of: V078__sewing_stop_into_closed_shift.sql
-- Estimated time: < 1 s.
-- destructive: drops the trigger that refuses stops changing a closed shift's figures.
drop trigger stop_into_closed_shift on sewing.downtime;
drop function sewing.refuse_stop_into_closed_shift();
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
