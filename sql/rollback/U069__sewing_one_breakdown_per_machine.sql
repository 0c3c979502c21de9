-- Purpose: undo V069__sewing_one_breakdown_per_machine.sql.
-- Rollback of: V069__sewing_one_breakdown_per_machine.sql
-- Estimated time: < 1 s.
-- destructive: drops the index that keeps one running breakdown per machine.
drop index sewing.downtime_one_breakdown_per_machine;
