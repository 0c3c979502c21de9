-- Purpose: undo V021__core_plant_budget_at_login.sql.
-- Rollback of: V021__core_plant_budget_at_login.sql
-- Estimated time: instant.
-- destructive: drops the login check; the reaper alone keeps the plants' connection budgets again.
drop event trigger if exists plantdesk_plant_connection_budget;
drop function core.refuse_login_over_budget();
