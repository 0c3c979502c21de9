-- Purpose: undo V020__core_plant_connection_budget.sql.
-- Rollback of: V020__core_plant_connection_budget.sql
-- Estimated time: instant.
-- destructive: drops the plants' connection budgets; the reaper keeps only the time limits again.
create or replace function core.end_overdue_sessions() returns int
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    select core.end_sessions_beyond(1)
$$;

drop function core.end_sessions_over_budget();
drop function core.plant_logins();
drop function core.connection_budget(uuid);
drop function core.ordinary_connections();
alter table core.tenant drop column connection_budget;
