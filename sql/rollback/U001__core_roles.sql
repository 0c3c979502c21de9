-- Purpose: undo V001__core_roles.sql.
-- Rollback of: V001__core_roles.sql
-- Estimated time: < 1 s.
-- destructive: roles are dropped only when no object in this database depends on them; other
-- databases of the cluster may still use them, in which case DROP ROLE fails and says so.
drop role if exists plantdesk_operator;
drop role if exists plantdesk_technician;
drop role if exists plantdesk_supervisor;
drop role if exists plantdesk_planner;
drop role if exists plantdesk_admin;
drop role if exists plantdesk_security;
drop role if exists plantdesk_owner;
