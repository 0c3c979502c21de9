-- Purpose: undo V068__sewing_downtime_every_shift.sql (back to the engine's trigger by started_at).
-- Rollback of: V068__sewing_downtime_every_shift.sql
-- Estimated time: < 1 s.
-- destructive: drops the every-shift triggers and their functions; the engine's started_at triggers come back.
drop trigger rollup_sewing_line_shift_ins on sewing.downtime;
drop trigger rollup_sewing_line_shift_upd on sewing.downtime;
drop trigger rollup_sewing_line_shift_del on sewing.downtime;
drop function sewing.downtime_invalidate_shifts();
drop function sewing.shift_buckets(uuid, timestamptz, timestamptz);
select core.track_rollup('sewing.downtime', 'sewing_line_shift', 'started_at');
