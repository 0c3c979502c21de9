-- Purpose: undo V107__maint_kpi_dashboard.sql.
-- Rollback of: V107__maint_kpi_dashboard.sql
-- Estimated time: instant.
-- destructive: drops the dashboard's one-statement read (clients of V107 or later then fail to load the KPI screen).
drop function maint.kpi_dashboard(timestamptz, timestamptz, int, timestamptz, timestamptz, date);
