-- Purpose: undo V120__sewing_line_setup.sql.
-- Rollback of: V120__sewing_line_setup.sql
-- Estimated time: < 1 s.
-- destructive: removes the set-up tables V120 added (machines on lines, operators' numbers and skills)
drop table sewing.operator;
drop table sewing.line_machine;
drop function sewing.line_machine_check();
