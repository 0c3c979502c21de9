-- Purpose: a stop that begins in an open shift and runs into a closed one no longer changes the
--          closed shift's figures (issue 16). The close refused only stops still running that
--          began in the shift itself; one begun in the shift before it ran on through the close,
--          and its end (or a stop recorded late, offline) then changed the closed shift's downtime
--          minutes when the rollup recounted it. Now the close also refuses while a stop from
--          before the shift is still running, and a stop whose minutes inside a closed shift would
--          change (started, ended or moved across it) is refused with a sentence that names the
--          shift, as every other record of a closed shift is.
-- Rollback: U078__sewing_stop_into_closed_shift.sql
-- Estimated time: instant (functions and one trigger).

-- A stop's minutes inside each closed shift it overlaps, before and after the change, are equal.
create function sewing.refuse_stop_into_closed_shift() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    c record;
begin
    select s.shift_name, s.shift_start into c
      from sewing.shift_close s
     where s.tenant_id = new.tenant_id and s.status = 'closed'
       and greatest(least(coalesce(new.ended_at, 'infinity'), s.shift_end) - greatest(new.started_at, s.shift_start),
                    interval '0')
           is distinct from
           case when tg_op = 'UPDATE'
                then greatest(least(coalesce(old.ended_at, 'infinity'), s.shift_end) - greatest(old.started_at, s.shift_start),
                              interval '0')
                else interval '0' end
     order by s.shift_start
     limit 1;
    if found then
        raise exception 'this stop runs into shift "%" of %, which is closed: a supervisor reopens it before the stop changes its figures',
            coalesce(c.shift_name, '-'), to_char(c.shift_start, 'YYYY-MM-DD HH24:MI')
            using errcode = '23514', constraint = 'shift_closed';
    end if;
    return new;
end
$$;
create trigger stop_into_closed_shift before insert or update on sewing.downtime
    for each row execute function sewing.refuse_stop_into_closed_shift();

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
    -- A stop from before the shift still running through it would change the closed figures when it ends.
    if exists (select 1 from sewing.downtime d where d.tenant_id = t and d.ended_at is null
                  and d.started_at < sh.starts_at) then
        raise exception 'a stop that began before shift "%" is still running through it: stop it before closing the shift',
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
