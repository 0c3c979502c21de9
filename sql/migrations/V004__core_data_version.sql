-- Purpose: core.data_version, one counter per tenant and domain that clients poll (one indexed
--          read) to refresh only what changed, instead of a NOTIFY per row; and the helper that
--          bumps a domain from statement-level triggers with transition tables.
-- Rollback: U004__core_data_version.sql
-- Estimated time: < 1 s.
create table core.data_version (
    tenant_id  uuid not null references core.tenant (id),
    domain     text not null check (domain ~ '^[a-z][a-z0-9_.]{1,62}$'),
    version    bigint not null default 1,
    changed_at timestamptz not null default now(),
    primary key (tenant_id, domain)
);
select core.enable_tenant_rls('core.data_version');
grant select on core.data_version to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;

-- One statement bumps each touched tenant once, whatever the number of rows.
create function core.bump_data_version_from_rows() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    domain_name constant text := tg_argv[0];
    tenant_col constant text := coalesce(tg_argv[1], 'tenant_id');
begin
    execute format('insert into core.data_version as d (tenant_id, domain) '
                   'select distinct %I, $1 from changed_rows '
                   'on conflict (tenant_id, domain) do update set version = d.version + 1, changed_at = now()',
                   tenant_col)
    using domain_name;
    return null;
end
$$;
-- Owned by plantdesk_security for the same reason as core.audit_row().
alter function core.bump_data_version_from_rows() owner to plantdesk_security;
revoke all on function core.bump_data_version_from_rows() from public;
grant select, insert, update on core.data_version to plantdesk_security;

-- Transition tables allow one event per trigger, hence three.
create function core.track_data_version(tbl regclass, domain_name text, tenant_column text default 'tenant_id')
    returns void
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    execute format('create trigger data_version_ins after insert on %s referencing new table as changed_rows '
                   'for each statement execute function core.bump_data_version_from_rows(%L, %L)',
                   tbl, domain_name, tenant_column);
    execute format('create trigger data_version_upd after update on %s referencing new table as changed_rows '
                   'for each statement execute function core.bump_data_version_from_rows(%L, %L)',
                   tbl, domain_name, tenant_column);
    execute format('create trigger data_version_del after delete on %s referencing old table as changed_rows '
                   'for each statement execute function core.bump_data_version_from_rows(%L, %L)',
                   tbl, domain_name, tenant_column);
end
$$;
revoke all on function core.track_data_version(regclass, text, text) from public;

select core.track_data_version('core.person', 'people');
