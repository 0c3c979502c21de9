-- Purpose: undo V027__maint_kpi_rollup.sql.
-- Rollback of: V027__maint_kpi_rollup.sql
-- Estimated time: < 1 s per million work orders.
-- destructive: drops the maintenance KPI rollup (recomputed from the work orders if re-applied).
drop trigger rollup_maintenance_daily_ins on maint.work_order;
drop trigger rollup_maintenance_daily_upd on maint.work_order;
drop trigger rollup_maintenance_daily_del on maint.work_order;
delete from core.rollup_invalidation where job = 'maintenance_daily';
delete from core.rollup_state where job = 'maintenance_daily';
delete from core.rollup_job where name = 'maintenance_daily';
drop function maint.kpi_days(timestamptz, timestamptz);
drop function maint.kpi_recompute(uuid, timestamptz[]);
drop function maint.kpi_rows(uuid, timestamptz[], text);
drop table maint.kpi_daily;
drop index maint.work_order_pm_due;
drop index maint.work_order_completed;
alter table maint.work_order drop column kpi_at;
