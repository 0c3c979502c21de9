-- Purpose: undo V109__maint_search_page_lookup.sql.
-- Rollback of: V109__maint_search_page_lookup.sql
-- Estimated time: instant.
-- destructive: drops the sorted lookup (clients of V109 or later then fail a search that looks its matches up).
drop function maint.match_work_orders(text, int, text[], text, boolean, int);
