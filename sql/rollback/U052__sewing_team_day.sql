-- Purpose: undo V052__sewing_team_day.sql.
-- Rollback of: V052__sewing_team_day.sql
-- Estimated time: < 1 s.
-- destructive: drops the imported daily team production records.
drop table sewing.team_day;
