-- Purpose: people management through vetted SECURITY DEFINER functions: creating a person creates
--          their own login role in the right Plantdesk group; an admin may reset a password,
--          change a role or deactivate, only inside the admin's own tenant and only between the
--          Plantdesk groups. No tenant admin holds CREATEROLE. Passwords arrive as SCRAM verifiers
--          computed by the client, so a plain password never reaches the server or its logs.
--          Also core.schema_version(), which the app checks at login.
-- Rollback: U005__core_people_functions.sql
-- Estimated time: < 1 s.
grant insert, update on core.person to plantdesk_security;
-- Flyway made its history table before the first script ran; only schema_version() reads it.
grant select on public.flyway_schema_history to plantdesk_security;

create function core.group_role_of(p_app_role text) returns text
    language sql immutable
    set search_path = pg_catalog, pg_temp
as $$
    select case p_app_role
        when 'admin' then 'plantdesk_admin'
        when 'planner' then 'plantdesk_planner'
        when 'supervisor' then 'plantdesk_supervisor'
        when 'technician' then 'plantdesk_technician'
        when 'operator' then 'plantdesk_operator'
    end
$$;

-- The caller must be an active admin of a tenant; returns that tenant.
create function core.require_admin() returns uuid
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    t uuid;
begin
    select p.tenant_id into t from core.person p
     where p.login_role = session_user and p.active and p.app_role = 'admin';
    if t is null then
        raise exception 'only an admin of this plant can manage people' using errcode = '42501';
    end if;
    return t;
end
$$;

-- Internal: used by the installer/CLI connection (a superuser) and by core.create_person.
create function core.create_person_in(p_tenant uuid, p_id uuid, p_display_name text, p_phone text,
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
    insert into core.person (tenant_id, id, display_name, phone, app_role, login_role)
    values (p_tenant, p_id, p_display_name, nullif(trim(p_phone), ''), p_app_role, p_login_role);
    return p_id;
end
$$;

create function core.create_person(p_id uuid, p_display_name text, p_phone text, p_app_role text,
                                   p_login_role text, p_password_verifier text)
    returns uuid
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    select core.create_person_in(core.require_admin(), p_id, p_display_name, p_phone, p_app_role,
                                 p_login_role, p_password_verifier)
$$;

create function core.reset_person_password(p_id uuid, p_password_verifier text) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    login text;
begin
    select p.login_role into login from core.person p where p.tenant_id = core.require_admin() and p.id = p_id;
    if login is null then
        raise exception 'no such person in this plant' using errcode = '02000';
    end if;
    if p_password_verifier is null or p_password_verifier not like 'SCRAM-SHA-256$%' then
        raise exception 'the password must be sent as a SCRAM-SHA-256 verifier' using errcode = '22023';
    end if;
    execute format('alter role %I password %L', login, p_password_verifier);
end
$$;

-- An admin may not leave the plant without an active admin.
create function core.check_admins_remain(p_tenant uuid) returns void
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if not exists (select 1 from core.person where tenant_id = p_tenant and app_role = 'admin' and active) then
        raise exception 'the plant must keep at least one active admin' using errcode = '23514';
    end if;
end
$$;

create function core.set_person_role(p_id uuid, p_version int, p_app_role text) returns void
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
end
$$;

create function core.set_person_active(p_id uuid, p_version int, p_active boolean) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    t uuid := core.require_admin();
    p core.person;
begin
    update core.person set active = p_active
     where tenant_id = t and id = p_id and version = p_version
    returning * into p;
    if p.id is null then
        raise exception 'this person was changed by someone else; reload and try again' using errcode = '40001';
    end if;
    perform core.check_admins_remain(t);
    execute format('alter role %I %s', p.login_role, case when p_active then 'login' else 'nologin' end);
end
$$;

-- The schema version the server is at, for the login check (clients cannot read Flyway's table).
create function core.schema_version() returns text
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    v text;
begin
    if to_regclass('public.flyway_schema_history') is null then
        return null;
    end if;
    execute 'select version from public.flyway_schema_history where success and version is not null '
            'order by string_to_array(version, ''.'')::int[] desc limit 1' into v;
    return v;
end
$$;

do $$
declare
    f text;
begin
    foreach f in array array['core.group_role_of(text)', 'core.require_admin()',
        'core.create_person_in(uuid, uuid, text, text, text, text, text)',
        'core.create_person(uuid, text, text, text, text, text)',
        'core.reset_person_password(uuid, text)', 'core.check_admins_remain(uuid)',
        'core.set_person_role(uuid, int, text)', 'core.set_person_active(uuid, int, boolean)',
        'core.schema_version()'] loop
        execute format('alter function %s owner to plantdesk_security', f);
        execute format('revoke all on function %s from public', f);
    end loop;
end
$$;
grant execute on function core.create_person(uuid, text, text, text, text, text),
    core.reset_person_password(uuid, text), core.set_person_role(uuid, int, text),
    core.set_person_active(uuid, int, boolean) to plantdesk_admin;
grant execute on function core.schema_version() to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
