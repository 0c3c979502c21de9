-- Purpose: undo V110__sewing_bulletin_keeps_history.sql.
-- Rollback of: V110__sewing_bulletin_keeps_history.sql
-- Estimated time: < 1 s.
-- destructive: drops the trigger that keeps a bulletin in use from changing past output.
drop trigger operation_keeps_history on sewing.operation;
drop function sewing.operation_keeps_history();
