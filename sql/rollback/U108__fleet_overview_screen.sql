-- Purpose: undo V108__fleet_overview_screen.sql.
-- Rollback of: V108__fleet_overview_screen.sql
-- Estimated time: instant.
-- destructive: drops the overview's one-statement read (clients of V108 or later then fail to open the fleet overview).
drop function fleet.overview_screen(text, int);
