-- Purpose: undo V006__core_rollup_engine.sql.
-- Rollback of: V006__core_rollup_engine.sql
-- Estimated time: < 1 s.
-- destructive: drops the engine's invalidations and job state (rollup tables of features go with their own U scripts first).
drop function core.rollup_overview();
drop function core.record_rollup_error(text, text);
drop function core.run_rollup(text, int);
drop function core.run_rollup_for(uuid, text, int);
drop function core.track_rollup(regclass, text, text, text);
drop function core.invalidate_rollup_buckets();
drop function core.bucket_end(text, timestamptz, text);
drop function core.bucket_start(text, timestamptz, text);
drop table core.rollup_state;
drop table core.rollup_invalidation;
drop table core.rollup_job;
-- V006 let the rollup's security role read core.tenant; the grant-aware drift report saw it stay.
revoke select on core.tenant from plantdesk_security;
