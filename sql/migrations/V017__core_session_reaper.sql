-- Purpose: make the login limits of V010 hold (probe of issue 13, round 2). A person can always
--          reset their own role settings or SET statement_timeout = 0 for a session, so the
--          settings are only defaults. core.end_overdue_sessions() ends the sessions of Plantdesk
--          people that are idle in a transaction, or run a statement, longer than their group's
--          limits; every client's scheduler calls it, so a held lock or a runaway query ends
--          within half a minute of its limit while any Plantdesk runs. It runs as
--          plantdesk_reaper, a NOLOGIN role granted pg_signal_backend (it can end people's
--          sessions, never a superuser's) and pg_read_all_stats (to see other logins' states).
-- Rollback: U017__core_session_reaper.sql
-- Estimated time: < 1 s.

do $$
declare
    super boolean := (select rolsuper from pg_roles where rolname = current_user);
    r text;
begin
    if not exists (select 1 from pg_roles where rolname = 'plantdesk_reaper') then
        create role plantdesk_reaper nologin;
    end if;
    foreach r in array array['pg_signal_backend', 'pg_read_all_stats'] loop
        if super or pg_has_role(current_user, r, 'USAGE WITH ADMIN OPTION') then
            execute format('grant %I to plantdesk_reaper', r);
        else
            raise notice '%: ask the DBA to grant it to plantdesk_reaper; see docs/security.md', r;
        end if;
    end loop;
    if not super then
        execute format('grant plantdesk_reaper to %I', current_user);
    end if;
end
$$;

grant usage, create on schema core to plantdesk_reaper;
grant execute on function core.login_limits(text) to plantdesk_reaper;

-- Internal (not granted to people): the limits scaled by p_factor, so tests need not wait a minute.
create function core.end_sessions_beyond(p_factor numeric) returns int
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    s record;
    ended int := 0;
begin
    for s in
        select a.pid, a.usename, a.state
          from pg_stat_activity a
          join pg_roles r on r.rolname = a.usename and not r.rolsuper
          cross join lateral (
                select substr(g.rolname, length('plantdesk_') + 1) as app_role
                  from pg_auth_members m join pg_roles g on g.oid = m.roleid
                 where m.member = r.oid
                   and g.rolname in ('plantdesk_admin', 'plantdesk_planner', 'plantdesk_supervisor',
                                     'plantdesk_technician', 'plantdesk_operator')
                 order by array_position(array['plantdesk_admin', 'plantdesk_planner', 'plantdesk_supervisor',
                                               'plantdesk_technician', 'plantdesk_operator'], g.rolname::text)
                 limit 1) grp
          cross join lateral core.login_limits(grp.app_role) lim
         where a.backend_type = 'client backend' and a.pid <> pg_backend_pid()
           and ((a.state in ('idle in transaction', 'idle in transaction (aborted)')
                 and now() - a.state_change > lim.idle_in_transaction_timeout::interval * p_factor)
             or (a.state = 'active' and now() - a.query_start > lim.statement_timeout::interval * p_factor))
    loop
        if pg_terminate_backend(s.pid) then
            ended := ended + 1;
            raise log 'Plantdesk ended session % of login % (% beyond its group''s limit)', s.pid, s.usename, s.state;
        end if;
    end loop;
    return ended;
end
$$;

create function core.end_overdue_sessions() returns int
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    select core.end_sessions_beyond(1)
$$;

alter function core.end_sessions_beyond(numeric) owner to plantdesk_reaper;
alter function core.end_overdue_sessions() owner to plantdesk_reaper;
revoke all on function core.end_sessions_beyond(numeric) from public;
revoke all on function core.end_overdue_sessions() from public;
grant execute on function core.end_overdue_sessions() to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
revoke create on schema core from plantdesk_reaper;
