-- Purpose: undo V088__maint_kpi_plant_days.sql.
-- Rollback of: V088__maint_kpi_plant_days.sql
-- Estimated time: instant.
-- destructive: drops the plant's KPI day totals (recomputed from the work orders if re-applied).
drop function maint.kpi_asset_failures(timestamptz, timestamptz, int);
drop function maint.kpi_plant_days(timestamptz, timestamptz);
-- The recompute as V027 made it: the per-asset rows only.
create or replace function maint.kpi_recompute(p_tenant uuid, p_buckets timestamptz[])
    returns table (rows_read bigint, rows_written bigint)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    tz text;
    written bigint;
begin
    select time_zone into tz from core.tenant where id = p_tenant;
    delete from maint.kpi_daily where tenant_id = p_tenant and day_start = any (p_buckets);
    insert into maint.kpi_daily
    select p_tenant, k.* from maint.kpi_rows(p_tenant, p_buckets, tz) k;
    get diagnostics written = row_count;
    return query select (select coalesce(sum(completed + pm_due), 0) from maint.kpi_daily
                          where tenant_id = p_tenant and day_start = any (p_buckets))::bigint, written;
end
$$;
alter function maint.kpi_recompute(uuid, timestamptz[]) owner to plantdesk_security;
revoke all on function maint.kpi_recompute(uuid, timestamptz[]) from public;
drop function maint.kpi_plant_rows(uuid, timestamptz[], text);
drop index maint.work_order_scheduled;
drop index maint.kpi_daily_failures;
drop table maint.kpi_plant_daily;
