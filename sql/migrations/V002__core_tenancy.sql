-- Purpose: the core schema with tenants and people, the tenant of the session (from session_user,
--          never from a setting the client can change), and the helper that puts any tenant table
--          under forced row-level security.
-- Rollback: U002__core_tenancy.sql
-- Estimated time: < 1 s.
create schema core authorization plantdesk_owner;
grant usage on schema core to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator, plantdesk_security;

create table core.tenant (
    id          uuid primary key,
    name        text not null check (length(trim(name)) between 1 and 120),
    slug        text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    time_zone   text not null default 'UTC',
    created_at  timestamptz not null default now(),
    created_by  text not null default session_user,
    updated_at  timestamptz not null default now(),
    updated_by  text not null default session_user,
    version     int not null default 1
);

create table core.person (
    tenant_id    uuid not null references core.tenant (id),
    id           uuid not null,
    display_name text not null check (length(trim(display_name)) between 1 and 120),
    phone        text check (phone ~ '^\+?[0-9 ()-]{5,20}$'),
    app_role     text not null check (app_role in ('admin', 'planner', 'supervisor', 'technician', 'operator')),
    -- The person's own PostgreSQL login role. Roles are cluster-wide, so the name is unique
    -- across tenants, too.
    login_role   text not null unique check (login_role ~ '^[a-z][a-z0-9_.]{2,62}$'),
    active       boolean not null default true,
    created_at   timestamptz not null default now(),
    created_by   text not null default session_user,
    updated_at   timestamptz not null default now(),
    updated_by   text not null default session_user,
    version      int not null default 1,
    primary key (tenant_id, id)
);

-- STABLE + SECURITY DEFINER + pinned search_path: computed once per statement, from session_user,
-- which SET ROLE, set_config and RESET ROLE cannot change. A deactivated person has no tenant.
create function core.current_tenant() returns uuid
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select p.tenant_id from core.person p where p.login_role = session_user and p.active
$$;
alter function core.current_tenant() owner to plantdesk_security;
grant select on core.person to plantdesk_security;
revoke all on function core.current_tenant() from public;
grant execute on function core.current_tenant() to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator, plantdesk_owner;

-- Every tenant table calls this in its migration: RLS enabled and FORCED (the owner is bound too),
-- one policy for every command. (SELECT core.current_tenant()) runs once per statement.
create function core.enable_tenant_rls(tbl regclass, tenant_column text default 'tenant_id') returns void
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    execute format('create policy tenant_isolation on %s using (%I = (select core.current_tenant())) '
                   'with check (%I = (select core.current_tenant()))', tbl, tenant_column, tenant_column);
end
$$;
revoke all on function core.enable_tenant_rls(regclass, text) from public;

select core.enable_tenant_rls('core.tenant', 'id');
select core.enable_tenant_rls('core.person');

grant select on core.tenant to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
grant update (name, time_zone) on core.tenant to plantdesk_admin;
grant select on core.person to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
-- Contact details are edited directly (under RLS); role, login and activity only through the
-- people functions of V005, which also change the PostgreSQL role.
grant update (display_name, phone) on core.person to plantdesk_admin;
