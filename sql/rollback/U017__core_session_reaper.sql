-- Purpose: undo V017__core_session_reaper.sql.
-- Rollback of: V017__core_session_reaper.sql
-- Estimated time: < 1 s.
-- destructive: drops the session reaper; people's timeouts are defaults again that they can reset.
drop function core.end_overdue_sessions();
drop function core.end_sessions_beyond(numeric);
revoke execute on function core.login_limits(text) from plantdesk_reaper;
revoke usage on schema core from plantdesk_reaper;
-- The role plantdesk_reaper and its grants are cluster-wide and other databases of this server may
-- still be at V017 or later: they stay.
