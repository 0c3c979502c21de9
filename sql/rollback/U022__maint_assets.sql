-- Purpose: undo V022__maint_assets.sql.
-- Rollback of: V022__maint_assets.sql
-- Estimated time: < 1 s.
-- destructive: drops the maintenance schema's asset register, meters and api request ledger.
drop table maint.api_request;
drop table maint.meter_reading;
drop table maint.meter;
drop table maint.asset;
drop function maint.asset_check_parent();
drop function maint.asset_level(text);
drop schema maint;
