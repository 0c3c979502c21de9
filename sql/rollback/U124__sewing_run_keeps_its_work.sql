-- Purpose: undo V124__sewing_run_keeps_its_work.sql.
-- Rollback of: V124__sewing_run_keeps_its_work.sql
-- Estimated time: < 1 s.
-- destructive: drops the trigger that keeps a run with output on its line and style.
drop trigger run_keeps_its_work on sewing.run;
drop function sewing.run_keeps_its_work();
