-- Purpose: a PM schedule counts on a meter of its own asset (issue 14). Planners now create and
--          edit schedules from the asset screen; V025 only checked that the meter existed, so a
--          schedule for the overlock could have counted the lockstitch's hours. A trigger,
--          because a CHECK cannot read the meter's row.
-- Rollback: U104__maint_pm_meter_of_its_asset.sql
-- Estimated time: instant (a function and a trigger; existing rows are not checked).

create function maint.pm_schedule_check_meter() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if new.meter_id is not null and not exists (
            select 1 from maint.meter m
             where m.tenant_id = new.tenant_id and m.id = new.meter_id and m.asset_id = new.asset_id) then
        raise exception 'a PM schedule counts on a meter of its own asset'
            using errcode = '23514', constraint = 'pm_schedule_meter_asset';
    end if;
    return new;
end
$$;
create trigger pm_schedule_check_meter before insert or update of meter_id, asset_id on maint.pm_schedule
    for each row execute function maint.pm_schedule_check_meter();
