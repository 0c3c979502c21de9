-- Purpose: undo V114__fleet_register_rules.sql.
-- Rollback of: V114__fleet_register_rules.sql
-- Estimated time: instant.
-- destructive: removes what V114 added (the review notes typed since are lost with the column).
revoke update (review_note) on fleet.vehicle_event
    from plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician;
alter table fleet.vehicle_event drop column review_note;
drop trigger register_rules on fleet.garage;
drop function fleet.garage_register_rules();
drop trigger register_rules on fleet.vehicle;
drop function fleet.vehicle_register_rules();
