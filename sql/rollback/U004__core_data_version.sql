-- Purpose: undo V004__core_data_version.sql.
-- Rollback of: V004__core_data_version.sql
-- Estimated time: < 1 s.
-- destructive: drops the live-refresh counters (clients simply refresh everything once).
drop trigger if exists data_version_ins on core.person;
drop trigger if exists data_version_upd on core.person;
drop trigger if exists data_version_del on core.person;
drop function core.track_data_version(regclass, text, text);
drop function core.bump_data_version_from_rows();
drop table core.data_version;
