-- Purpose: undo V067__sewing_operation_precedence.sql.
-- Rollback of: V067__sewing_operation_precedence.sql
-- Estimated time: < 1 s.
-- destructive: drops the operations' precedence.
drop table sewing.operation_precedence;
drop function sewing.operation_precedence_check();
