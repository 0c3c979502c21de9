-- Purpose: undo V084__fleet_vehicle_state.sql.
-- Rollback of: V084__fleet_vehicle_state.sql
-- Estimated time: instant.
-- destructive: drops the vehicles' precomputed rows (recomputed from the events if re-applied).
create or replace view fleet.reminder_status with (security_invoker = true) as
select r.tenant_id, r.id, r.vehicle_id, v.plate, v.odometer_unit, v.garage_id, r.title, r.notes, r.due_on,
       r.due_odometer, r.every_months, r.every_distance, r.soon_days, r.soon_distance, r.previous_id, r.done_on,
       r.done_odometer, r.done_at, r.version, odo.odometer as current_odometer,
       r.due_on - today.d as days_left, r.due_odometer - odo.odometer as distance_left,
       case when r.done_at is not null then 'done'
            when r.due_on < today.d or odo.odometer >= r.due_odometer then 'overdue'
            when r.due_on - r.soon_days <= today.d or odo.odometer >= r.due_odometer - r.soon_distance then 'due_soon'
            else 'upcoming' end as state
  from fleet.reminder r
  join fleet.vehicle v on v.tenant_id = r.tenant_id and v.id = r.vehicle_id
  join core.tenant t on t.id = r.tenant_id
 cross join lateral (select (now() at time zone t.time_zone)::date as d) today
  left join lateral (select e.odometer from fleet.vehicle_event e
                      where e.tenant_id = r.tenant_id and e.vehicle_id = r.vehicle_id and e.deleted_at is null
                        and e.odometer is not null and (e.odometer_review is null or e.reviewed_at is not null)
                      order by e.occurred_at desc limit 1) odo on true
 where r.deleted_at is null and v.deleted_at is null;
drop trigger vehicle_state_ins on fleet.vehicle_event;
drop trigger vehicle_state_upd on fleet.vehicle_event;
drop trigger vehicle_state_del on fleet.vehicle_event;
drop function fleet.vehicle_event_state();
drop function fleet.vehicle_state_refresh(uuid, uuid[]);
drop table fleet.vehicle_state;
