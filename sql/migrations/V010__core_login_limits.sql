-- Purpose: one login can no longer shut a plant out (issue 13, Security 2). A login is one person,
--          not a pool: each gets a connection limit, and the settings of their group
--          (statement_timeout, idle_in_transaction_session_timeout, lock_timeout, and where the
--          migrator may grant it, temp_file_limit). PostgreSQL does not pass a group role's settings
--          on to its members, so core.login_limits() holds them per group and they are set on each
--          login: at creation, at a role change, and here for everyone who exists. Admins get the
--          connections the server reserves (PostgreSQL 16+: reserved_connections and
--          pg_use_reserved_connections) where the migrator may grant that.
-- Rollback: U010__core_login_limits.sql
-- Estimated time: < 1 s (one ALTER ROLE per person).

-- The limits of each group. A desktop client holds up to 4 pooled connections; 10 leave room for
-- a second PC, a CLI command and the scheduler, and keep one login far below the server's slots.
create function core.login_limits(p_app_role text)
    returns table (connection_limit int, statement_timeout text, idle_in_transaction_timeout text,
                   lock_timeout text, temp_file_limit text)
    language sql immutable
    set search_path = pg_catalog, pg_temp
as $$
    select case when p_app_role = 'admin' then 20 else 10 end,
           case p_app_role when 'admin' then '5min' when 'planner' then '2min' else '30s' end,
           '1min'::text, '15s'::text, '1GB'::text
$$;

create function core.apply_login_limits(p_login text, p_app_role text) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    l record;
begin
    select * into l from core.login_limits(p_app_role);
    if l.connection_limit is null then
        raise exception 'unknown role "%"', p_app_role using errcode = '22023';
    end if;
    execute format('alter role %I connection limit %s', p_login, l.connection_limit);
    execute format('alter role %I set statement_timeout = %L', p_login, l.statement_timeout);
    execute format('alter role %I set idle_in_transaction_session_timeout = %L', p_login, l.idle_in_transaction_timeout);
    execute format('alter role %I set lock_timeout = %L', p_login, l.lock_timeout);
    -- temp_file_limit is a superuser setting; the migrator grants its SET to plantdesk_security below.
    if has_parameter_privilege('temp_file_limit', 'SET') then
        execute format('alter role %I set temp_file_limit = %L', p_login, l.temp_file_limit);
    end if;
end
$$;

-- Internal: used by the installer/CLI connection (a superuser) and by core.create_person.
-- Now also gives the new login its limits (core.apply_login_limits).
create or replace function core.create_person_in(p_tenant uuid, p_id uuid, p_display_name text, p_phone text,
                                      p_app_role text, p_login_role text, p_password_verifier text)
    returns uuid
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    grp text := core.group_role_of(p_app_role);
begin
    if grp is null then
        raise exception 'unknown role "%": use admin, planner, supervisor, technician or operator', p_app_role
            using errcode = '22023';
    end if;
    if p_login_role !~ '^[a-z][a-z0-9_.]{2,62}$' or p_login_role like 'pg\_%' or p_login_role like 'plantdesk%' then
        raise exception 'login name "%" is not allowed: 3 to 63 lower-case letters, digits, "_" or ".", starting with a letter, not pg_ or plantdesk', p_login_role
            using errcode = '22023';
    end if;
    if exists (select 1 from pg_roles where rolname = p_login_role) then
        raise exception 'login name "%" is already taken', p_login_role using errcode = '23505';
    end if;
    if p_password_verifier is null or p_password_verifier not like 'SCRAM-SHA-256$%' then
        raise exception 'the password must be sent as a SCRAM-SHA-256 verifier' using errcode = '22023';
    end if;
    execute format('create role %I login password %L in role %I', p_login_role, p_password_verifier, grp);
    perform core.apply_login_limits(p_login_role, p_app_role);
    insert into core.person (tenant_id, id, display_name, phone, app_role, login_role)
    values (p_tenant, p_id, p_display_name, nullif(trim(p_phone), ''), p_app_role, p_login_role);
    return p_id;
end
$$;

create or replace function core.set_person_role(p_id uuid, p_version int, p_app_role text) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    t uuid := core.require_admin();
    p core.person;
    grp text := core.group_role_of(p_app_role);
begin
    if grp is null then
        raise exception 'unknown role "%"', p_app_role using errcode = '22023';
    end if;
    update core.person set app_role = p_app_role
     where tenant_id = t and id = p_id and version = p_version
    returning * into p;
    if p.id is null then
        raise exception 'this person was changed by someone else; reload and try again' using errcode = '40001';
    end if;
    perform core.check_admins_remain(t);
    execute format('revoke plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, '
                   'plantdesk_operator from %I', p.login_role);
    execute format('grant %I to %I', grp, p.login_role);
    perform core.apply_login_limits(p.login_role, p_app_role);
end
$$;

do $$
declare
    super boolean := (select rolsuper from pg_roles where rolname = current_user);
begin
    if super then
        execute 'grant set on parameter temp_file_limit to plantdesk_security';
    else
        raise notice 'temp_file_limit: only a superuser can let Plantdesk set it per login; see docs/security.md';
    end if;
    if exists (select 1 from pg_roles where rolname = 'pg_use_reserved_connections') then
        if super or pg_has_role(current_user, 'pg_use_reserved_connections', 'USAGE WITH ADMIN OPTION') then
            execute 'grant pg_use_reserved_connections to plantdesk_admin';
        else
            raise notice 'pg_use_reserved_connections: ask the DBA to grant it to plantdesk_admin; see docs/security.md';
        end if;
    end if;
end
$$;

alter function core.login_limits(text) owner to plantdesk_security;
alter function core.apply_login_limits(text, text) owner to plantdesk_security;
revoke all on function core.login_limits(text) from public;
revoke all on function core.apply_login_limits(text, text) from public;

-- Everyone who already exists gets the limits of their group.
select core.apply_login_limits(p.login_role, p.app_role)
  from core.person p join pg_roles r on r.rolname = p.login_role;
