-- Purpose: a registry of the monthly-partitioned tables whose partitions every client keeps
--          ahead: core.maintain_partitions() now reads core.partitioned_table instead of knowing
--          only core.audit_log, so a feature registers its own big append-only tables (vehicle
--          events, bundle scans) in its own migration with core.register_partitioned_table().
-- Rollback: U015__core_partitioned_table.sql
-- Estimated time: instant.

-- Not a tenant table: one row per partitioned parent, the same for every plant (like core.rollup_job).
create table core.partitioned_table (
    table_name   text primary key check (table_name ~ '^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$'),
    feature      text not null check (feature ~ '^[a-z][a-z0-9_]{1,62}$'),
    months_ahead int not null default 3 check (months_ahead between 1 and 24)
);
grant select on core.partitioned_table to plantdesk_admin, plantdesk_planner;

-- Called by a feature's migration; refuses a table that is not partitioned, so a typo fails the
-- migration instead of the upkeep every six hours.
create function core.register_partitioned_table(p_table regclass, p_feature text, p_months_ahead int default 3)
    returns void
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    qualified text;
begin
    select n.nspname || '.' || c.relname into qualified
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.oid = p_table and c.relkind = 'p';
    if qualified is null then
        raise exception '% is not a partitioned table', p_table;
    end if;
    insert into core.partitioned_table (table_name, feature, months_ahead)
    values (qualified, p_feature, p_months_ahead)
    on conflict (table_name) do update set feature = excluded.feature, months_ahead = excluded.months_ahead;
    perform core.ensure_month_partitions(p_table, 0, p_months_ahead);
end
$$;
revoke all on function core.register_partitioned_table(regclass, text, int) from public;

select core.register_partitioned_table('core.audit_log', 'core', 3);

-- Same signature, owner and grants as V009's; the body now walks the registry.
create or replace function core.maintain_partitions() returns int
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    r record;
    made int := 0;
begin
    for r in select table_name, months_ahead from core.partitioned_table order by table_name loop
        made := made + core.ensure_month_partitions(r.table_name::regclass, 0, r.months_ahead);
    end loop;
    return made;
end
$$;
