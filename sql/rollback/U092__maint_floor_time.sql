-- Purpose: undo V092__maint_floor_time.sql: the technician's calls with the client's time go, the
--          status history is stamped at now() again (clients of V092 must be replaced first).
-- Rollback of: V092__maint_floor_time.sql
-- Estimated time: < 1 s.
-- destructive: drops four functions only; no data.
drop function maint.api_checklist_signoff(uuid, uuid, timestamptz);
drop function maint.api_checklist_result(uuid, uuid, boolean, numeric, text, timestamptz);
drop function maint.api_change_status(uuid, uuid, text, timestamptz);

create or replace function maint.work_order_history() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'INSERT' or new.status <> old.status then
        insert into maint.work_order_status (tenant_id, work_order_id, from_status, to_status)
        values (new.tenant_id, new.id, case when tg_op = 'UPDATE' then old.status end, new.status);
    end if;
    return null;
end
$$;

drop function core.floor_time(timestamptz, timestamptz);
