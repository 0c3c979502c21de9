-- Purpose: undo V106__maint_labour_not_ahead.sql.
-- Rollback of: V106__maint_labour_not_ahead.sql
-- Estimated time: instant.
-- destructive: drops the rule (a labour entry for a day to come is accepted again, as before V106).
drop trigger labour_not_ahead on maint.labour;
drop function maint.labour_not_ahead();
