-- Purpose: undo V018__core_shift_pattern.sql.
-- Rollback of: V018__core_shift_pattern.sql
-- Estimated time: < 1 s.
-- destructive: drops the plants' shift calendars (the demo seed puts the demo plant's back).
drop function core.current_shift_at(timestamptz);
drop function core.shift_at(uuid, timestamptz);
drop table core.shift_pattern;
drop function core.shift_pattern_no_overlap();
drop function core.shift_week_ranges(smallint[], time, time);
drop function core.shift_breaks_valid(time, time, jsonb);
drop function core.shift_length(time, time);
