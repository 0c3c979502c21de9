-- Purpose: a password policy on the server side (issue 13, Security 8 and 7). The people
--          functions took any text starting "SCRAM-SHA-256$" (a malformed one was stored as a
--          plain password) and a 1-iteration verifier. core.check_password_verifier() checks the
--          format (iterations:salt$StoredKey:ServerKey, base64, 16-byte salt or more, 32-byte keys)
--          and at least 4096 iterations. Names PostgreSQL reserves (none, public, ...) are refused
--          before anything runs, and a failed CREATE/ALTER ROLE is raised again without its
--          statement, so a verifier never appears in an error's context or the server log.
-- Rollback: U012__core_password_policy.sql
-- Estimated time: instant.

create function core.check_password_verifier(p_verifier text) returns void
    language plpgsql immutable
    set search_path = pg_catalog, pg_temp
as $$
declare
    m text[] := regexp_match(coalesce(p_verifier, ''),
        '^SCRAM-SHA-256\$([0-9]{1,9}):([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2}):([A-Za-z0-9+/]+={0,2})$');
    salt bytea;
    stored bytea;
    server bytea;
begin
    if m is null then
        raise exception 'the password must be sent as a SCRAM-SHA-256 verifier (iterations:salt$StoredKey:ServerKey)'
            using errcode = '22023';
    end if;
    if m[1]::bigint < 4096 then
        raise exception 'the password verifier has % iterations; at least 4096 are needed', m[1] using errcode = '22023';
    end if;
    begin
        salt := decode(m[2], 'base64');
        stored := decode(m[3], 'base64');
        server := decode(m[4], 'base64');
    exception when others then
        raise exception 'the password verifier is not valid base64' using errcode = '22023';
    end;
    if length(salt) < 16 or length(stored) <> 32 or length(server) <> 32 then
        raise exception 'the password verifier is malformed: a salt of 16 bytes or more and two 32-byte keys are needed'
            using errcode = '22023';
    end if;
end
$$;

-- Names the server reserves or that read as something else in SQL and in pg_roles.
create function core.is_reserved_login(p_login text) returns boolean
    language sql immutable
    set search_path = pg_catalog, pg_temp
as $$
    select p_login in ('none', 'public', 'current_user', 'current_role', 'session_user', 'user', 'all')
$$;

-- Internal: used by the installer/CLI connection (a superuser) and by core.create_person.
-- Reserved names are refused before anything runs, the verifier is checked, and a failure of the
-- CREATE ROLE is raised again without its statement, so the verifier reaches no error text or log.
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
    if core.is_reserved_login(p_login_role) then
        raise exception 'login name "%" is reserved by PostgreSQL; choose another', p_login_role using errcode = '22023';
    end if;
    if exists (select 1 from pg_roles where rolname = p_login_role) then
        raise exception 'login name "%" is already taken', p_login_role using errcode = '23505';
    end if;
    perform core.check_password_verifier(p_password_verifier);
    begin
        execute format('create role %I login password %L in role %I', p_login_role, p_password_verifier, grp);
    exception when others then
        raise exception using errcode = sqlstate, message = sqlerrm;
    end;
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
    perform core.check_password_verifier(p_password_verifier);
    begin
        execute format('alter role %I password %L', login, p_password_verifier);
    exception when others then
        raise exception using errcode = sqlstate, message = sqlerrm;
    end;
end
$$;

alter function core.check_password_verifier(text) owner to plantdesk_security;
alter function core.is_reserved_login(text) owner to plantdesk_security;
revoke all on function core.check_password_verifier(text) from public;
revoke all on function core.is_reserved_login(text) from public;
