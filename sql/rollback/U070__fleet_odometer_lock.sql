-- Purpose: undo V070__fleet_odometer_lock.sql (readings are checked without waiting for each other again).
-- Rollback of: V070__fleet_odometer_lock.sql
-- Estimated time: instant.
-- destructive: drops the lock function (no data).
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
drop function fleet.lock_vehicle_readings(uuid, uuid);
