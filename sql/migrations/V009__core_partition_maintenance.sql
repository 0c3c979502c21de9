-- Purpose: lets every client keep the audit log's monthly partitions three months ahead (the
--          rollup scheduler calls core.maintain_partitions() at start and every six hours), so a
--          plant that does not migrate for months never fills the default partition, where rows
--          lose partition pruning and block the months they fall in.
-- Rollback: U009__core_partition_maintenance.sql
-- Estimated time: instant.
create function core.maintain_partitions() returns int
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    select core.ensure_month_partitions('core.audit_log', 0, 3)
$$;
-- The table owner creates partitions; the function does nothing else, whoever calls it.
alter function core.maintain_partitions() owner to plantdesk_owner;
revoke all on function core.maintain_partitions() from public;
grant execute on function core.maintain_partitions()
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
