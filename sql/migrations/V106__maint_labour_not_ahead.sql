-- Purpose: hours worked cannot be recorded for a day that has not come yet (issue 14): a labour
--          entry's work date after the plant's today was accepted by every path (the editor, the
--          api function, the outbox's set-based replay). A row trigger refuses it for each of
--          them. "Today" is the plant's own calendar day (core.tenant.time_zone), not the
--          server's UTC date: a work date is a plant day, and at 00:30 in a plant east of UTC
--          the UTC date is still yesterday (a real entry for today would be refused), while west
--          of UTC it is already tomorrow (an entry for tomorrow would pass). Hours above 0 and at
--          most 24, and an end after the start, were already CHECKs of V024.
-- Rollback: U106__maint_labour_not_ahead.sql
-- Estimated time: instant (a trigger; existing rows are not checked again).

create function maint.labour_not_ahead() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    today date;
begin
    -- Security definer: a technician need not read core.tenant for the plant's zone.
    select (now() at time zone t.time_zone)::date into today from core.tenant t where t.id = new.tenant_id;
    if new.work_date > today then
        raise exception 'labour cannot be recorded for a day after the plant''s today (%)', today;
    end if;
    return new;
end
$$;
revoke all on function maint.labour_not_ahead() from public;

create trigger labour_not_ahead before insert or update of work_date on maint.labour
    for each row execute function maint.labour_not_ahead();
