-- Purpose: the rules behind the garage and vehicle editors and the review of flagged readings
--          (issue 17): a vehicle with events is retired, never deleted (its history stays whole);
--          a garage that still keeps vehicles on the road cannot be removed; a vehicle is only
--          put in a garage that exists; a corrected or confirmed odometer reading keeps the
--          person's reason (review_note), so the event's history shows the reading before and
--          after with why it changed.
-- Rollback: U114__fleet_register_rules.sql
-- Estimated time: instant for the triggers; the new column's check reads each month's events
--          once (about 1 s per million events).
-- Lock timeout: 5s, 4 retries

create function fleet.vehicle_register_rules() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'UPDATE' and old.deleted_at is null and new.deleted_at is not null
       and exists (select 1 from fleet.vehicle_event e where e.tenant_id = new.tenant_id and e.vehicle_id = new.id) then
        raise exception 'a vehicle with events is retired, not deleted'
            using errcode = '23503', constraint = 'vehicle_keeps_events';
    end if;
    if new.garage_id is not null and (tg_op = 'INSERT' or new.garage_id is distinct from old.garage_id)
       and not exists (select 1 from fleet.garage g
                        where g.tenant_id = new.tenant_id and g.id = new.garage_id and g.deleted_at is null) then
        raise exception 'the chosen garage was removed'
            using errcode = '23503', constraint = 'vehicle_live_garage';
    end if;
    return new;
end
$$;
revoke all on function fleet.vehicle_register_rules() from public;
create trigger register_rules before insert or update on fleet.vehicle
    for each row execute function fleet.vehicle_register_rules();

create function fleet.garage_register_rules() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if old.deleted_at is null and new.deleted_at is not null
       and exists (select 1 from fleet.vehicle v
                    where v.tenant_id = new.tenant_id and v.garage_id = new.id and v.deleted_at is null
                      and v.status <> 'retired') then
        raise exception 'a garage with vehicles cannot be removed'
            using errcode = '23503', constraint = 'garage_keeps_vehicles';
    end if;
    return new;
end
$$;
revoke all on function fleet.garage_register_rules() from public;
create trigger register_rules before update on fleet.garage
    for each row execute function fleet.garage_register_rules();

alter table fleet.vehicle_event add column review_note text
    constraint vehicle_event_review_note_check check (length(trim(review_note)) between 3 and 500);
grant update (review_note) on fleet.vehicle_event
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician;
