-- Purpose: undo V096__maint_search_open_matches.sql.
-- Rollback of: V096__maint_search_open_matches.sql
-- Estimated time: instant.
-- destructive: drops the open work orders' search index (V023's index of every row stays).
drop function maint.match_work_orders(text, int, text[]);
drop index maint.work_order_open_search;
