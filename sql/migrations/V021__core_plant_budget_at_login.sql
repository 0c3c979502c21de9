-- Purpose: keep a plant's connection budget (V020) at the door too: from PostgreSQL 17 on, a login
--          trigger refuses a person's session beyond it, with a sentence naming the budget.
-- Rollback: U021__core_plant_budget_at_login.sql
-- Estimated time: instant.

-- The plant's admins get three sessions beyond the budget, to put things right, and no more (a
-- plant admin's own logins must not take the server's slots either); the reaper ends admins'
-- sessions last. Creating an event trigger needs a superuser: on older servers, or a migrator that
-- is not one, a NOTICE says so and the reaper alone keeps the budget (within 30 s while any
-- Plantdesk runs). A fault in the check lets the login through: a login trigger must never lock a
-- plant out. To switch it off: ALTER EVENT TRIGGER plantdesk_plant_connection_budget DISABLE.

create function core.refuse_login_over_budget() returns event_trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me record;
    budget int;
    used int;
begin
    begin
        select l.tenant_id, l.plant, l.app_role into me from core.plant_logins() l where l.login_role = session_user::text;
        if me.tenant_id is null then
            return; -- not a Plantdesk person (the installer, the DBA, replication)
        end if;
        budget := core.connection_budget(me.tenant_id);
        select count(*) into used
          from pg_stat_activity a join core.plant_logins() l on l.login_role = a.usename::text
         where a.backend_type = 'client backend' and l.tenant_id = me.tenant_id;
    exception when others then
        return; -- never lock people out over a fault here; the reaper still keeps the budget
    end;
    if used > budget + 3 * (me.app_role = 'admin')::int then -- this session is counted too; admins get three more
        raise exception 'Plant "%" already uses all % connections of its connection budget.', me.plant, budget
            using errcode = '53300',
                  hint = 'Close Plantdesk where it is not in use, or ask IT to raise the plant''s connection budget.';
    end if;
end
$$;

grant usage, create on schema core to plantdesk_reaper;
alter function core.refuse_login_over_budget() owner to plantdesk_reaper;
revoke create on schema core from plantdesk_reaper;
revoke all on function core.refuse_login_over_budget() from public;

do $$
begin
    if current_setting('server_version_num')::int < 170000 then
        raise notice 'plant connection budget at login: PostgreSQL 17 or newer is needed; the session reaper keeps the budget';
    elsif not (select rolsuper from pg_roles where rolname = current_user) then
        raise notice 'plant connection budget at login: only a superuser can create the login trigger; see docs/security.md';
    else
        execute 'create event trigger plantdesk_plant_connection_budget on login '
                'execute function core.refuse_login_over_budget()';
    end if;
end
$$;
