-- Purpose: undo V015__core_partitioned_table.sql.
-- Rollback of: V015__core_partitioned_table.sql
-- Estimated time: instant.
-- destructive: drops the partitioned-table registry; partitions made through it stay (they may hold rows).
create or replace function core.maintain_partitions() returns int
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    select core.ensure_month_partitions('core.audit_log', 0, 3)
$$;
drop function core.register_partitioned_table(regclass, text, int);
drop table core.partitioned_table;
