-- Purpose: a connection budget per plant (issue 13, security 2): the session reaper also ends a
--          plant's sessions beyond it, newest first and admins' last.
-- Rollback: U020__core_plant_connection_budget.sql
-- Estimated time: instant.

-- Each login has its connection limit (V010), but a plant admin can create many logins, and many
-- logins of one plant together could take every ordinary slot of a server that other plants share.
-- PostgreSQL limits connections per role and per database only, never per group of roles, so
-- core.end_overdue_sessions(), which every client's scheduler calls every 30 s, keeps the budget.
-- core.tenant.connection_budget is the DBA's setting (people cannot change it); without one, a
-- plant may use every ordinary slot but ten for each other plant on the database.

alter table core.tenant add column connection_budget int
    check (connection_budget between 1 and 100000);
comment on column core.tenant.connection_budget is
    'Sessions this plant''s logins may hold together (set by the DBA; null: core.connection_budget''s default). '
    'Enforced by core.end_overdue_sessions().';

-- The server's ordinary slots: max_connections less the superuser's and the admins' reserved ones
-- (reserved_connections exists from PostgreSQL 16 on).
create function core.ordinary_connections() returns int
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select current_setting('max_connections')::int
         - current_setting('superuser_reserved_connections')::int
         - coalesce(nullif(current_setting('reserved_connections', true), '')::int, 0)
$$;

-- A plant's budget: the DBA's setting, or every ordinary slot but ten (one login's limit) for each
-- other plant, so that no plant can starve another completely; never below ten.
create function core.connection_budget(p_tenant uuid) returns int
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select coalesce(t.connection_budget,
                    greatest(10, core.ordinary_connections() - 10 * ((select count(*) from core.tenant)::int - 1)))
      from core.tenant t
     where t.id = p_tenant
$$;

-- Which plant and group each person's login belongs to, for the reaper (which cannot read
-- core.person through row-level security; this owner can).
create function core.plant_logins() returns table (login_role text, tenant_id uuid, app_role text, plant text)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select p.login_role, p.tenant_id, p.app_role, t.slug from core.person p join core.tenant t on t.id = p.tenant_id
$$;

alter function core.ordinary_connections() owner to plantdesk_security;
alter function core.connection_budget(uuid) owner to plantdesk_security;
alter function core.plant_logins() owner to plantdesk_security;
revoke all on function core.connection_budget(uuid) from public;
revoke all on function core.plant_logins() from public;
grant execute on function core.connection_budget(uuid) to plantdesk_reaper, plantdesk_admin;
grant execute on function core.plant_logins() to plantdesk_reaper;

-- Ends the sessions of each plant beyond its budget: its oldest sessions stay, admins' first (they
-- are the ones who can put things right). Sessions on every database of the server count: the
-- slots are the server's. The caller's own session counts but is never ended by itself.
grant usage, create on schema core to plantdesk_reaper;
create function core.end_sessions_over_budget() returns int
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    s record;
    ended int := 0;
begin
    for s in
        select ranked.pid, ranked.usename, ranked.budget, ranked.plant
          from (select a.pid, a.usename, l.plant, core.connection_budget(l.tenant_id) as budget,
                       row_number() over (partition by l.tenant_id
                                          order by (l.app_role = 'admin') desc, a.backend_start, a.pid) as n
                  from pg_stat_activity a
                  join core.plant_logins() l on l.login_role = a.usename::text
                 where a.backend_type = 'client backend') ranked
         where ranked.n > ranked.budget and ranked.pid <> pg_backend_pid()
    loop
        if pg_terminate_backend(s.pid) then
            ended := ended + 1;
            raise log 'Plantdesk ended session % of login %: plant % is over its budget of % connections', s.pid, s.usename, s.plant, s.budget;
        end if;
    end loop;
    return ended;
end
$$;

-- The reaper every client calls now also keeps each plant within its budget.
create or replace function core.end_overdue_sessions() returns int
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    select core.end_sessions_beyond(1) + core.end_sessions_over_budget()
$$;

alter function core.end_sessions_over_budget() owner to plantdesk_reaper;
revoke all on function core.end_sessions_over_budget() from public;
revoke create on schema core from plantdesk_reaper;
