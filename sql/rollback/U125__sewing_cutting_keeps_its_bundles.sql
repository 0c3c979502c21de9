-- Purpose: undo V125__sewing_cutting_keeps_its_bundles.sql.
-- Rollback of: V125__sewing_cutting_keeps_its_bundles.sql
-- Estimated time: < 1 s.
-- destructive: drops the trigger that keeps a lay cut into bundles on its run and pieces.
drop trigger cutting_keeps_its_bundles on sewing.cutting;
drop function sewing.cutting_keeps_its_bundles();
