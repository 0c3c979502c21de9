-- Purpose: undo V074__fleet_rollups.sql.
-- Rollback of: V074__fleet_rollups.sql
-- Estimated time: instant.
-- destructive: drops the fleet rollups (recomputed from the events if re-applied).
drop trigger rollup_fleet_following_ins on fleet.vehicle_event;
drop trigger rollup_fleet_following_upd on fleet.vehicle_event;
drop trigger rollup_fleet_following_del on fleet.vehicle_event;
drop trigger rollup_fleet_monthly_ins on fleet.vehicle_event;
drop trigger rollup_fleet_monthly_upd on fleet.vehicle_event;
drop trigger rollup_fleet_monthly_del on fleet.vehicle_event;
drop trigger rollup_fleet_daily_ins on fleet.vehicle_event;
drop trigger rollup_fleet_daily_upd on fleet.vehicle_event;
drop trigger rollup_fleet_daily_del on fleet.vehicle_event;
delete from core.rollup_invalidation where job in ('fleet_monthly', 'fleet_daily');
delete from core.rollup_state where job in ('fleet_monthly', 'fleet_daily');
delete from core.rollup_job where name in ('fleet_monthly', 'fleet_daily');
drop function fleet.usage_months(timestamptz, timestamptz, uuid, uuid);
drop function fleet.cost_months(timestamptz, timestamptz, uuid, uuid);
drop function fleet.scope_vehicles(uuid, uuid, uuid);
drop function fleet.live_months(timestamptz, timestamptz);
drop function fleet.overview_figures();
drop function fleet.invalidate_following_months();
drop function fleet.daily_recompute(uuid, timestamptz[]);
drop function fleet.monthly_recompute(uuid, timestamptz[]);
drop function fleet.cost_day_rows(uuid, timestamptz[], text);
drop function fleet.usage_month_rows(uuid, timestamptz[], text, uuid[]);
drop function fleet.cost_month_rows(uuid, timestamptz[], text);
drop table fleet.cost_day;
drop index fleet.vehicle_event_time;
drop table fleet.usage_month;
drop table fleet.cost_month;
revoke select on fleet.vehicle_event, fleet.vehicle from plantdesk_security;
