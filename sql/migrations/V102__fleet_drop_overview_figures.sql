-- Purpose: drop fleet.overview_figures(): the overview reads each vehicle's precomputed row
--          (fleet.vehicle_state, V084) and no client calls this function any more; it read every
--          vehicle's latest rolled-up day and today's events, the cost the overview no longer pays.
-- Rollback: U102__fleet_drop_overview_figures.sql
-- Estimated time: instant.
-- destructive: drops a function no client of this version calls (older clients do not either).
drop function fleet.overview_figures();
