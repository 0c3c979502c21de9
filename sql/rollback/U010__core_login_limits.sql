-- Purpose: undo V010__core_login_limits.sql.
-- Rollback of: V010__core_login_limits.sql
-- Estimated time: < 1 s (one ALTER ROLE per person).
-- destructive: drops the limit functions; people's logins lose their limits and settings again.
-- Internal: used by the installer/CLI connection (a superuser) and by core.create_person.
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
end
$$;

do $$
declare
    p record;
begin
    for p in select r.rolname from core.person x join pg_roles r on r.rolname = x.login_role loop
        execute format('alter role %I connection limit -1', p.rolname);
        execute format('alter role %I reset all', p.rolname);
    end loop;
    -- The grants of temp_file_limit's SET and of pg_use_reserved_connections are cluster-wide and
    -- other databases of this server may still be at V010 or later: they stay.
end
$$;
drop function core.apply_login_limits(text, text);
drop function core.login_limits(text);
