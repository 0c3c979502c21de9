-- Purpose: two odometer readings of one vehicle sent at the same moment are checked one after the
--          other (each waits for the vehicle's row), so a reading that does not fit is flagged even
--          when the one it contradicts is not committed yet.
-- Rollback: U070__fleet_odometer_lock.sql
-- Estimated time: instant (replaces a function).

-- The lock is FOR NO KEY UPDATE on the vehicle row: it does not block the foreign key checks of new
-- events (FOR KEY SHARE), only another reading of the same vehicle. Drivers have no UPDATE on
-- vehicles, which such a lock needs, so the function runs as the tables' owner; RLS still binds it
-- (forced, and the plant comes from the session's login), so it locks only the caller's own vehicles.
create function fleet.lock_vehicle_readings(p_tenant uuid, p_vehicle uuid) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform 1 from fleet.vehicle v where v.tenant_id = p_tenant and v.id = p_vehicle for no key update;
end
$$;
revoke all on function fleet.lock_vehicle_readings(uuid, uuid) from public;
grant execute on function fleet.lock_vehicle_readings(uuid, uuid) to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;

create or replace function fleet.vehicle_event_check_odometer() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    earlier numeric;
    later numeric;
begin
    if tg_op = 'UPDATE' and new.odometer is not distinct from old.odometer and new.occurred_at = old.occurred_at
       and new.deleted_at is not distinct from old.deleted_at then
        return new;
    end if;
    new.odometer_review := null;
    new.reviewed_at := null;
    if new.odometer is null or new.deleted_at is not null then
        return new;
    end if;
    -- One reading of a vehicle at a time: the next waits here until this one is committed, and its
    -- queries below (each takes a new snapshot) then see it.
    perform fleet.lock_vehicle_readings(new.tenant_id, new.vehicle_id);
    select e.odometer into earlier from fleet.vehicle_event e
     where e.tenant_id = new.tenant_id and e.vehicle_id = new.vehicle_id and e.id <> new.id
       and e.occurred_at < new.occurred_at and e.odometer is not null and e.deleted_at is null
       and (e.odometer_review is null or e.reviewed_at is not null)
     order by e.occurred_at desc limit 1;
    select e.odometer into later from fleet.vehicle_event e
     where e.tenant_id = new.tenant_id and e.vehicle_id = new.vehicle_id and e.id <> new.id
       and e.occurred_at > new.occurred_at and e.odometer is not null and e.deleted_at is null
       and (e.odometer_review is null or e.reviewed_at is not null)
     order by e.occurred_at limit 1;
    if new.odometer < earlier then
        new.odometer_review := 'lower_than_earlier';
    elsif new.odometer > later then
        new.odometer_review := 'higher_than_later';
    end if;
    return new;
end
$$;
