-- Purpose: undo V012__core_password_policy.sql.
-- Rollback of: V012__core_password_policy.sql
-- Estimated time: instant.
-- destructive: drops the verifier and reserved-name checks (the functions return to V010's and V005's text).
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

create or replace function core.reset_person_password(p_id uuid, p_password_verifier text) returns void
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

drop function core.is_reserved_login(text);
drop function core.check_password_verifier(text);
