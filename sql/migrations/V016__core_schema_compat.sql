-- Purpose: schema compatibility without lockstep upgrades. The database records the oldest
--          client it still serves, as the schema version that client was built for; a client
--          built for an older schema than the server's keeps working while it is not older than
--          that (expand-and-contract: additive scripts leave the record alone, so floor PCs keep
--          running through a migration). A contract script (one that removes or changes what
--          older clients use) ends with
--              select core.require_clients_from('${flyway:filename}');
--          and the older clients' login then says to install the newer Plantdesk.
-- Rollback: U016__core_schema_compat.sql
-- Estimated time: instant.

create table core.schema_compat (
    singleton     boolean primary key default true check (singleton),
    oldest_client text not null check (oldest_client ~ '^[0-9]+(\.[0-9]+)*$'),
    changed_at    timestamptz not null default now()
);

-- This script only adds: clients built for the schema before it still work.
insert into core.schema_compat (oldest_client)
select regexp_replace(coalesce(core.schema_version(), '0'), '^0+([0-9])', '\1');

-- What the login reads (clients cannot read the table itself).
create function core.oldest_client() returns text
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select oldest_client from core.schema_compat
$$;
revoke all on function core.oldest_client() from public;
grant execute on function core.oldest_client()
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;

-- For contract scripts: 'V034__sewing_drop_old_column.sql' (Flyway's ${flyway:filename}) or '34'.
create function core.require_clients_from(p_script text) returns void
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    v text := coalesce(substring(p_script from '^[VU]?([0-9]+(?:[._][0-9]+)*)'), '');
begin
    v := regexp_replace(replace(v, '_', '.'), '^0+([0-9])', '\1');
    if v = '' or v !~ '^[0-9]+(\.[0-9]+)*$' then
        raise exception 'core.require_clients_from: % names no schema version', p_script;
    end if;
    update core.schema_compat set oldest_client = v, changed_at = now();
end
$$;
revoke all on function core.require_clients_from(text) from public;
