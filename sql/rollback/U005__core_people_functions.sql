-- Purpose: undo V005__core_people_functions.sql.
-- Rollback of: V005__core_people_functions.sql
-- Estimated time: < 1 s.
-- destructive: drops the people functions V005 added (no data is lost).
-- Login roles already created for people stay; they are listed in core.person.
drop function core.schema_version();
drop function core.set_person_active(uuid, int, boolean);
drop function core.set_person_role(uuid, int, text);
drop function core.check_admins_remain(uuid);
drop function core.reset_person_password(uuid, text);
drop function core.create_person(uuid, text, text, text, text, text);
drop function core.create_person_in(uuid, uuid, text, text, text, text, text);
drop function core.require_admin();
drop function core.group_role_of(text);
revoke insert, update on core.person from plantdesk_security;
revoke select on public.flyway_schema_history from plantdesk_security;
